-- Schema 3: for photos without faces, a small saliency map (JSON rows of 0–255 values,
-- about 32 px on the long side) found at import, so crops follow the most interesting
-- region without decoding the photo again.

ALTER TABLE media_faces ADD COLUMN saliency TEXT;
