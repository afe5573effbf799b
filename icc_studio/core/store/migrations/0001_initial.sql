-- Schema 1: the project, its media, contributors and their consent, contributions,
-- crops, renders and the audit log.

CREATE TABLE project (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    name            TEXT NOT NULL,
    city            TEXT NOT NULL CHECK (city <> ''),
    country         TEXT NOT NULL DEFAULT '',
    kit_id          TEXT NOT NULL,
    languages       TEXT NOT NULL,              -- JSON array of language codes
    hashtags        TEXT NOT NULL DEFAULT '[]', -- JSON array, added to the kit's own
    logo_sha256     TEXT REFERENCES media(sha256),
    campaign_year   INTEGER NOT NULL,
    created_at      TEXT NOT NULL,
    settings        TEXT NOT NULL DEFAULT '{}'  -- JSON object
);

CREATE TABLE media (
    sha256          TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    kind            TEXT NOT NULL CHECK (kind IN ('photo', 'clip', 'audio', 'logo', 'document')),
    format          TEXT NOT NULL,              -- detected from content: jpeg, png, mp4...
    ext             TEXT NOT NULL,              -- extension of the stored file
    size_bytes      INTEGER NOT NULL CHECK (size_bytes > 0),
    width           INTEGER,
    height          INTEGER,
    duration_s      REAL,
    original_name   TEXT NOT NULL,
    imported_at     TEXT NOT NULL
);

CREATE TABLE contributors (
    id              INTEGER PRIMARY KEY,
    display_name    TEXT NOT NULL CHECK (display_name <> ''),
    is_minor        INTEGER NOT NULL DEFAULT 0 CHECK (is_minor IN (0, 1)),
    guardian_name   TEXT,
    created_at      TEXT NOT NULL,
    CHECK (is_minor = 0 OR coalesce(guardian_name, '') <> '')
);

CREATE TABLE consents (
    id              INTEGER PRIMARY KEY,
    contributor_id  INTEGER NOT NULL REFERENCES contributors(id) ON DELETE CASCADE,
    text_version    TEXT NOT NULL CHECK (text_version <> ''),
    language        TEXT NOT NULL CHECK (language <> ''),
    social_media    INTEGER NOT NULL CHECK (social_media IN (0, 1)),
    print_poster    INTEGER NOT NULL CHECK (print_poster IN (0, 1)),
    city_video      INTEGER NOT NULL CHECK (city_video IN (0, 1)),
    network_reshare INTEGER NOT NULL CHECK (network_reshare IN (0, 1)),
    guardian_name   TEXT,
    guardian_consent INTEGER NOT NULL DEFAULT 0 CHECK (guardian_consent IN (0, 1)),
    method          TEXT NOT NULL CHECK (method IN ('kiosk', 'volunteer', 'paper', 'csv', 'package', 'demo')),
    given_at        TEXT NOT NULL,
    withdrawn_at    TEXT
);
CREATE INDEX consents_by_contributor ON consents(contributor_id);

CREATE TABLE contributions (
    id              INTEGER PRIMARY KEY,
    media_sha256    TEXT NOT NULL REFERENCES media(sha256),
    contributor_id  INTEGER REFERENCES contributors(id),
    kind            TEXT NOT NULL CHECK (kind IN ('photo', 'clip')),
    caption         TEXT NOT NULL DEFAULT '',
    language        TEXT NOT NULL DEFAULT '',
    alt_text        TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn')),
    status_reason   TEXT NOT NULL DEFAULT '',
    trim_in_s       REAL CHECK (trim_in_s IS NULL OR trim_in_s >= 0),
    trim_out_s      REAL CHECK (trim_out_s IS NULL OR trim_in_s IS NULL OR trim_out_s > trim_in_s),
    position        INTEGER NOT NULL DEFAULT 0,
    source_name     TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK (status NOT IN ('rejected', 'withdrawn') OR status_reason <> '')
);
CREATE INDEX contributions_by_status ON contributions(status);
CREATE INDEX contributions_by_media ON contributions(media_sha256);

CREATE TABLE crops (
    contribution_id INTEGER NOT NULL REFERENCES contributions(id) ON DELETE CASCADE,
    output_format   TEXT NOT NULL,
    x               REAL NOT NULL CHECK (x >= 0 AND x <= 1),
    y               REAL NOT NULL CHECK (y >= 0 AND y <= 1),
    w               REAL NOT NULL CHECK (w > 0 AND x + w <= 1.000001),
    h               REAL NOT NULL CHECK (h > 0 AND y + h <= 1.000001),
    source          TEXT NOT NULL CHECK (source IN ('auto', 'manual')),
    PRIMARY KEY (contribution_id, output_format)
);

CREATE TABLE renders (
    id              INTEGER PRIMARY KEY,
    output          TEXT NOT NULL,
    contribution_id INTEGER REFERENCES contributions(id) ON DELETE SET NULL,
    cache_key       TEXT NOT NULL,
    path            TEXT NOT NULL,              -- relative to the project folder
    stale           INTEGER NOT NULL DEFAULT 0 CHECK (stale IN (0, 1)),
    created_at      TEXT NOT NULL,
    UNIQUE (output, cache_key)
);

CREATE TABLE audit_log (
    id              INTEGER PRIMARY KEY,
    at              TEXT NOT NULL,
    actor           TEXT NOT NULL,
    action          TEXT NOT NULL,
    target          TEXT NOT NULL DEFAULT '',
    details         TEXT NOT NULL DEFAULT '{}'
);
