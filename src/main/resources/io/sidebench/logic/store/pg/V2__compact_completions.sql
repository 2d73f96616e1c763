-- PostgreSQL form of ../V2__compact_completions.sql: the same tables and columns; ids are identity columns, INTEGER is BIGINT,
-- REAL is DOUBLE PRECISION, BLOB is BYTEA, and text compares byte for byte (COLLATE "C") as in SQLite.
-- Sidebench project schema, version 2: a completion's chunk timings move from JSON text (chunks_json) to a
-- compact BYTEA (chunks, see docs/storage.md), and turn_answers is NULL when it is just [text]. After this
-- script, CompactCompletionsMigration converts every row and drops chunks_json, in the same transaction.
ALTER TABLE completion ADD COLUMN chunks BYTEA
