-- PostgreSQL form of ../V3__attempts_and_run_notes.sql: the same tables and columns; ids are identity columns, INTEGER is BIGINT,
-- REAL is DOUBLE PRECISION, BLOB is BYTEA, and text compares byte for byte (COLLATE "C") as in SQLite.
-- Sidebench project schema, version 3: how a completion was obtained (retries, milliseconds waited between
-- attempts, wall time from the first attempt's start to the last one's end) and the analyst's notes on a run.
-- Rows written before version 3 keep NULL: not measured (retries then read as attempts - 1).
ALTER TABLE completion ADD COLUMN retries BIGINT
;
ALTER TABLE completion ADD COLUMN backoff_ms BIGINT
;
ALTER TABLE completion ADD COLUMN wall_ms DOUBLE PRECISION
;
ALTER TABLE run ADD COLUMN notes TEXT COLLATE "C"
