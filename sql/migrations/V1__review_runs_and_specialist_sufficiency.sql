-- Provision Lens schema, version 1: review runs, their inputs and quarantine, and the first sufficiency table
-- (specialist education places). Every result table carries the run id; dashboards read only the published run.

CREATE TABLE review_run (
    run_id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    manifest_name   TEXT                     NOT NULL,
    manifest_path   TEXT                     NOT NULL,
    la_code         TEXT                     NOT NULL,
    la_name         TEXT,
    status          TEXT                     NOT NULL CHECK (status IN ('running', 'published', 'failed')),
    stage           TEXT,
    message         TEXT,
    inputs_sha256   TEXT                     NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE
);

-- One row per input the manifest names: what was read and how it reconciles (read = accepted + quarantined).
CREATE TABLE run_input (
    run_id            BIGINT  NOT NULL REFERENCES review_run (run_id),
    input_name        TEXT    NOT NULL,
    input_format      TEXT    NOT NULL,
    path              TEXT    NOT NULL,
    sha256            TEXT    NOT NULL,
    rows_read         BIGINT  NOT NULL,
    rows_accepted     BIGINT  NOT NULL,
    rows_quarantined  BIGINT  NOT NULL,
    rows_out_of_scope BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (run_id, input_name),
    CHECK (rows_read = rows_accepted + rows_quarantined)
);

-- Rows that could not be accepted, with where they were and why.
CREATE TABLE quarantine (
    run_id      BIGINT NOT NULL REFERENCES review_run (run_id),
    input_name  TEXT   NOT NULL,
    file        TEXT   NOT NULL,
    line        BIGINT NOT NULL,
    field       TEXT   NOT NULL,
    value       TEXT,
    reason      TEXT   NOT NULL
);
CREATE INDEX quarantine_run ON quarantine (run_id, input_name);

-- The published pointer: one row per local authority, flipped in the same transaction that writes the run's results.
CREATE TABLE published_run (
    la_code      TEXT                     PRIMARY KEY,
    run_id       BIGINT                   NOT NULL REFERENCES review_run (run_id),
    published_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Headline figures of a run for its local authority.
CREATE TABLE review_headline (
    run_id                  BIGINT  PRIMARY KEY REFERENCES review_run (run_id),
    la_code                 TEXT    NOT NULL,
    old_la_code             TEXT    NOT NULL,
    la_name                 TEXT    NOT NULL,
    time_period             TEXT    NOT NULL,
    ehc_plans               INTEGER NOT NULL,
    specialist_plans        INTEGER NOT NULL,
    plans_outside_own       INTEGER NOT NULL,
    population_0_25         INTEGER NOT NULL,
    population_year         TEXT    NOT NULL
);

-- The specialist education sufficiency table: one row per kind of specialist provision.
-- places_known is the sum of the capacities the data gives; settings_capacity_unknown counts settings whose
-- capacity the data does not give (their places are unknown, never zero).
CREATE TABLE specialist_sufficiency (
    run_id                    BIGINT  NOT NULL REFERENCES review_run (run_id),
    provision_kind            TEXT    NOT NULL,
    provision_label           TEXT    NOT NULL,
    display_order             INTEGER NOT NULL,
    settings_in_area          INTEGER NOT NULL,
    settings_capacity_unknown INTEGER NOT NULL,
    places_known              INTEGER NOT NULL,
    capacity_status           TEXT    NOT NULL CHECK (capacity_status IN ('complete', 'partial', 'unknown', 'none_in_area')),
    plans_placed              INTEGER,            -- NULL: suppressed in the DfE statistics
    gap                       INTEGER,
    occupancy_pct             NUMERIC(7, 1),
    outside_own_provision     BOOLEAN NOT NULL,
    PRIMARY KEY (run_id, provision_kind)
);

-- EHC plans placed in each kind of specialist provision, by primary need (DfE codes); NULL plans = suppressed.
CREATE TABLE specialist_demand_by_need (
    run_id          BIGINT  NOT NULL REFERENCES review_run (run_id),
    provision_kind  TEXT    NOT NULL,
    need_code       TEXT    NOT NULL,
    plans           INTEGER,
    PRIMARY KEY (run_id, provision_kind, need_code)
);

-- The settings behind the sufficiency table: each specialist setting in the area and its capacity (NULL = unknown).
CREATE TABLE specialist_setting (
    run_id          BIGINT           NOT NULL REFERENCES review_run (run_id),
    urn             TEXT             NOT NULL,
    name            TEXT             NOT NULL,
    provision_kind  TEXT             NOT NULL,
    establishment_type TEXT          NOT NULL,
    low_age         INTEGER,
    high_age        INTEGER,
    capacity        INTEGER,
    postcode        TEXT,
    longitude       DOUBLE PRECISION,
    latitude        DOUBLE PRECISION,
    PRIMARY KEY (run_id, urn, provision_kind)
);

-- Resident population by single year of age for each small area (LSOA) of the run's local authority.
CREATE TABLE area_population (
    run_id      BIGINT  NOT NULL REFERENCES review_run (run_id),
    area_code   TEXT    NOT NULL,
    area_name   TEXT    NOT NULL,
    age         INTEGER NOT NULL,
    persons     INTEGER NOT NULL,
    PRIMARY KEY (run_id, area_code, age)
);
