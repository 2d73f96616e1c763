-- Sidebench project schema, version 3: how a completion was obtained (retries, milliseconds waited between
-- attempts, wall time from the first attempt's start to the last one's end) and the analyst's notes on a run.
-- Rows written before version 3 keep NULL: not measured (retries then read as attempts - 1).
ALTER TABLE completion ADD COLUMN retries INTEGER
;
ALTER TABLE completion ADD COLUMN backoff_ms INTEGER
;
ALTER TABLE completion ADD COLUMN wall_ms REAL
;
ALTER TABLE run ADD COLUMN notes TEXT
