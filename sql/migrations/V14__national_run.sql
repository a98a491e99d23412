-- A national review run (issue 12): one manifest for many LAs, each LA published as its own review run under its own
-- published_run pointer. national_run records the run and which review run each LA got (for the runs page);
-- national_quarantine holds the rows no LA could be given (no or no valid la_code), which no LA's quarantine can show.
-- A national run has no LA population and no specialist placements table, so review_headline's figures from those
-- sources may be unknown (null), never a made-up zero.

ALTER TABLE review_headline
    ALTER COLUMN old_la_code DROP NOT NULL,
    ALTER COLUMN ehc_plans DROP NOT NULL,
    ALTER COLUMN specialist_plans DROP NOT NULL,
    ALTER COLUMN plans_outside_own DROP NOT NULL,
    ALTER COLUMN population_0_25 DROP NOT NULL,
    ALTER COLUMN population_year DROP NOT NULL;

CREATE TABLE national_run (
    national_run_id   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    manifest_name     TEXT        NOT NULL,
    manifest_path     TEXT        NOT NULL,
    status            TEXT        NOT NULL CHECK (status IN ('running', 'published', 'failed')),
    started_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at       TIMESTAMPTZ,
    message           TEXT,
    las               INTEGER     NOT NULL CHECK (las >= 0),
    las_published     INTEGER     NOT NULL DEFAULT 0 CHECK (las_published >= 0),
    rows_without_la   BIGINT      NOT NULL DEFAULT 0 CHECK (rows_without_la >= 0)
);

CREATE TABLE national_run_la (
    national_run_id   BIGINT NOT NULL REFERENCES national_run (national_run_id),
    la_code           TEXT   NOT NULL CHECK (la_code ~ '^E(0[6-9]|10)[0-9]{6}$'),
    run_id            BIGINT NOT NULL UNIQUE REFERENCES review_run (run_id),
    PRIMARY KEY (national_run_id, la_code)
);

CREATE TABLE national_quarantine (
    national_run_id   BIGINT NOT NULL REFERENCES national_run (national_run_id),
    input_name        TEXT   NOT NULL,
    file              TEXT   NOT NULL,
    line              BIGINT,
    pointer           TEXT,
    field             TEXT   NOT NULL,
    value             TEXT,
    reason            TEXT   NOT NULL,
    CHECK (line IS NOT NULL OR pointer IS NOT NULL)
);

CREATE INDEX national_quarantine_run ON national_quarantine (national_run_id);
