-- Schema 2: faces found in each photo at import (relative coordinates), so that crop
-- proposals never need to decode the photo again.

CREATE TABLE media_faces (
    sha256          TEXT PRIMARY KEY REFERENCES media(sha256) ON DELETE CASCADE,
    detector        TEXT NOT NULL,              -- detector name and version
    faces           TEXT NOT NULL DEFAULT '[]', -- JSON list of {x, y, w, h, eyes_y, weight}
    detected_at     TEXT NOT NULL
);
