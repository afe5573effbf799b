-- Schema 5: contribution packages between cities and the network coordinator, consent
-- withdrawal notices and retention.
--
-- contributions.city        the city a contribution comes from ('' = this project's own city)
-- contributions.origin_key  the contribution's network key when it came in a package
-- contributions.source_package  the sending project of that package (replaced by its next package)
-- contributors.origin_key   the pseudonymous key of an imported contributor (no name is imported)
-- media.removed_at          the original was deleted on purpose (retention); reduced copies remain

ALTER TABLE contributions ADD COLUMN city TEXT NOT NULL DEFAULT '';
ALTER TABLE contributions ADD COLUMN origin_key TEXT;
ALTER TABLE contributions ADD COLUMN source_package TEXT;
CREATE UNIQUE INDEX contributions_by_origin ON contributions(origin_key) WHERE origin_key IS NOT NULL;
CREATE INDEX contributions_by_city ON contributions(city);
ALTER TABLE contributors ADD COLUMN origin_key TEXT;
ALTER TABLE media ADD COLUMN removed_at TEXT;

-- One row per sending project whose package was imported: the revision last taken in.
CREATE TABLE package_imports (
    sender_id       TEXT PRIMARY KEY,
    city            TEXT NOT NULL,
    country         TEXT NOT NULL DEFAULT '',
    role            TEXT NOT NULL,
    revision        INTEGER NOT NULL CHECK (revision >= 1),
    digest          TEXT NOT NULL,
    contributions   INTEGER NOT NULL DEFAULT 0,
    imported_at     TEXT NOT NULL
);

-- Withdrawal notices: made here by an erasure or received in a package; every package this
-- project exports carries them all, so that partner projects remove the contribution too.
CREATE TABLE withdrawals (
    contribution_key TEXT PRIMARY KEY,
    withdrawn_on    TEXT NOT NULL,              -- a date (YYYY-MM-DD), nothing more precise
    received_from   TEXT,                       -- sending project, NULL when made here
    recorded_at     TEXT NOT NULL
);
