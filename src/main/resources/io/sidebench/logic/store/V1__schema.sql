-- Sidebench project schema, version 1. Statements are separated by lines holding only ';'.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
)
;
CREATE TABLE prompt_set (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    source      TEXT,
    format      TEXT,
    imported_at TEXT NOT NULL
)
;
CREATE TABLE prompt (
    id              INTEGER PRIMARY KEY,
    set_id          INTEGER NOT NULL REFERENCES prompt_set(id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL,
    ext_key         TEXT,
    system          TEXT,
    category        TEXT,
    turns_json      TEXT NOT NULL,
    variables_json  TEXT,
    assertions_json TEXT,
    UNIQUE (set_id, ordinal)
)
;
CREATE INDEX prompt_category ON prompt(set_id, category)
;
CREATE TABLE model (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    provider     TEXT NOT NULL,
    base_url     TEXT,
    model        TEXT,
    api_key_env  TEXT,
    path         TEXT,
    params_json  TEXT NOT NULL,
    profile_json TEXT NOT NULL
)
;
CREATE TABLE run (
    id          INTEGER PRIMARY KEY,
    name        TEXT,
    set_id      INTEGER NOT NULL REFERENCES prompt_set(id),
    repeats     INTEGER NOT NULL,
    seed        INTEGER NOT NULL,
    status      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    finished_at TEXT
)
;
CREATE TABLE run_model (
    run_id   INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    model_id INTEGER NOT NULL REFERENCES model(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (run_id, model_id)
)
;
CREATE TABLE completion (
    id               INTEGER PRIMARY KEY,
    run_id           INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    prompt_id        INTEGER NOT NULL REFERENCES prompt(id),
    model_id         INTEGER NOT NULL REFERENCES model(id),
    repeat           INTEGER NOT NULL,
    status           TEXT NOT NULL,
    text             TEXT,
    turn_answers     TEXT,
    reasoning        TEXT,
    error            TEXT,
    ttft_ms          REAL,
    ttfa_ms          REAL,
    e2e_ms           REAL,
    input_tokens     INTEGER,
    output_tokens    INTEGER,
    tokens_estimated INTEGER NOT NULL DEFAULT 0,
    tpot_ms          REAL,
    itl_p50_ms       REAL,
    itl_p95_ms       REAL,
    tokens_per_s     REAL,
    chars_per_s      REAL,
    cost             REAL,
    chunks_json      TEXT,
    cached           INTEGER NOT NULL DEFAULT 0,
    attempts         INTEGER NOT NULL DEFAULT 1,
    finished_at      TEXT NOT NULL,
    UNIQUE (run_id, prompt_id, model_id, repeat)
)
;
CREATE INDEX completion_model ON completion(run_id, model_id)
;
CREATE TABLE score (
    completion_id INTEGER NOT NULL REFERENCES completion(id) ON DELETE CASCADE,
    scorer        TEXT NOT NULL,
    value         REAL,
    detail        TEXT,
    input_hash    TEXT,
    PRIMARY KEY (completion_id, scorer)
)
;
CREATE TABLE annotation (
    completion_id INTEGER NOT NULL REFERENCES completion(id) ON DELETE CASCADE,
    annotator     TEXT NOT NULL,
    ratings_json  TEXT NOT NULL,
    tags_json     TEXT NOT NULL,
    comment       TEXT,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (completion_id, annotator)
)
;
CREATE TABLE vote (
    id                  INTEGER PRIMARY KEY,
    run_id              INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    prompt_id           INTEGER NOT NULL REFERENCES prompt(id),
    left_completion_id  INTEGER NOT NULL REFERENCES completion(id) ON DELETE CASCADE,
    right_completion_id INTEGER NOT NULL REFERENCES completion(id) ON DELETE CASCADE,
    left_model_id       INTEGER NOT NULL REFERENCES model(id),
    right_model_id      INTEGER NOT NULL REFERENCES model(id),
    outcome             TEXT NOT NULL,
    voter               TEXT NOT NULL,
    judge               INTEGER NOT NULL DEFAULT 0,
    created_at          TEXT NOT NULL
)
;
CREATE INDEX vote_run ON vote(run_id)
;
CREATE TABLE response_cache (
    cache_key   TEXT PRIMARY KEY,
    result_json TEXT NOT NULL,
    created_at  TEXT NOT NULL
)
