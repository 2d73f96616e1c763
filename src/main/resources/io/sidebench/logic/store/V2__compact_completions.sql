-- Sidebench project schema, version 2: a completion's chunk timings move from JSON text (chunks_json) to a
-- compact BLOB (chunks, see docs/storage.md), and turn_answers is NULL when it is just [text]. After this
-- script, CompactCompletionsMigration converts every row and drops chunks_json, in the same transaction.
ALTER TABLE completion ADD COLUMN chunks BLOB
