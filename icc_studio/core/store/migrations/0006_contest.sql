-- Schema 6: the student contest — jurors, entries (contributions entered in a category) and
-- the jurors' scores.
--
-- contest_jurors   a juror's name (unique, whatever its case) and their column's place
-- contest_entries  one row per contribution entered: its category and a note for the jury
--                  (school, class); erasing the contribution removes its entry
-- contest_scores   one score per juror and entry, 0–10 in half points, an optional comment;
--                  removing a juror or an entry (or erasing its contribution) removes its scores

CREATE TABLE contest_jurors (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (trim(name) <> ''),
    position        INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL
);

CREATE TABLE contest_entries (
    contribution_id INTEGER PRIMARY KEY REFERENCES contributions(id) ON DELETE CASCADE,
    category        TEXT NOT NULL CHECK (category IN ('photo', 'video')),
    note            TEXT NOT NULL DEFAULT '',
    added_at        TEXT NOT NULL
);
CREATE INDEX contest_entries_by_category ON contest_entries(category);

CREATE TABLE contest_scores (
    juror_id        INTEGER NOT NULL REFERENCES contest_jurors(id) ON DELETE CASCADE,
    contribution_id INTEGER NOT NULL REFERENCES contest_entries(contribution_id) ON DELETE CASCADE,
    score           REAL NOT NULL CHECK (score >= 0 AND score <= 10 AND score * 2 = round(score * 2)),
    comment         TEXT NOT NULL DEFAULT '',
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (juror_id, contribution_id)
);
CREATE INDEX contest_scores_by_entry ON contest_scores(contribution_id);
