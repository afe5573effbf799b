-- A scan or photo of a signed paper consent form, kept as a 'document' media file.
ALTER TABLE consents ADD COLUMN form_sha256 TEXT REFERENCES media(sha256);
