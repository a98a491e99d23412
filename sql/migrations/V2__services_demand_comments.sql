-- Provision Lens schema, version 2: the canonical model of every input (issue 3): services with their locations and
-- the sources they were merged from, child-level demand records, published demand statistics, comments as received,
-- population of any geography, LSOA centroids; and quarantine rows located by a JSON pointer as well as by line.

ALTER TABLE quarantine ADD COLUMN pointer TEXT;
ALTER TABLE quarantine ALTER COLUMN line DROP NOT NULL;
ALTER TABLE quarantine ADD CONSTRAINT quarantine_located CHECK (line IS NOT NULL OR pointer IS NOT NULL);

ALTER TABLE area_population ADD COLUMN geography TEXT NOT NULL DEFAULT 'LSOA';

-- A service of the Local Offer, after merging listings of the same service from several sources.
CREATE TABLE service (
    run_id          BIGINT  NOT NULL REFERENCES review_run (run_id),
    service_id      TEXT    NOT NULL,
    name            TEXT    NOT NULL,
    description     TEXT,
    organisation    TEXT,
    urn             TEXT,
    domain          TEXT CHECK (domain IN ('EDUCATION', 'HEALTH', 'SOCIAL_CARE', 'PREPARATION_FOR_ADULTHOOD')),
    tier            TEXT CHECK (tier IN ('UNIVERSAL', 'TARGETED', 'SPECIALIST')),
    needs           TEXT[]  NOT NULL,
    min_age         INTEGER,
    max_age         INTEGER,
    capacity        INTEGER,
    capacity_unit   TEXT CHECK (capacity_unit IN ('PLACES', 'CASELOAD', 'HOURS_PER_WEEK')),
    current_use     INTEGER,
    waiting_list    INTEGER,
    waiting_weeks   INTEGER,
    cost_per_unit   NUMERIC(12, 2),
    funder          TEXT,
    in_area         BOOLEAN,
    eligibility     TEXT,
    quality_rating  TEXT,
    last_reviewed   DATE,
    email           TEXT,
    phone           TEXT,
    website         TEXT,
    categories      TEXT[]  NOT NULL,
    merged_from     INTEGER NOT NULL,
    PRIMARY KEY (run_id, service_id)
);

CREATE TABLE service_location (
    run_id      BIGINT  NOT NULL REFERENCES review_run (run_id),
    service_id  TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    name        TEXT,
    address     TEXT,
    postcode    TEXT,
    latitude    DOUBLE PRECISION,
    longitude   DOUBLE PRECISION,
    PRIMARY KEY (run_id, service_id, position)
);

-- Every listing a service was built from: more than one row when listings were merged (the merge is visible).
CREATE TABLE service_source (
    run_id      BIGINT NOT NULL REFERENCES review_run (run_id),
    service_id  TEXT   NOT NULL,
    input_name  TEXT   NOT NULL,
    format      TEXT   NOT NULL,
    file        TEXT,
    location    TEXT,
    source_id   TEXT
);
CREATE INDEX service_source_run ON service_source (run_id, service_id);

-- Restricted: child-level (pseudonymised) demand records. Shown only to permitted roles; every view audited.
CREATE TABLE child_record (
    run_id                 BIGINT  NOT NULL REFERENCES review_run (run_id),
    pseudonymous_id        TEXT    NOT NULL,
    lsoa_code              TEXT,
    postcode_district      TEXT,
    age                    INTEGER NOT NULL,
    primary_need           TEXT    NOT NULL,
    support_level          TEXT    NOT NULL,
    setting                TEXT,
    plan_or_referral_date  DATE,
    waiting_since          DATE,
    PRIMARY KEY (run_id, pseudonymous_id)
);

-- Published statistics (DfE explore-education-statistics files) in long form: one figure per row. A suppressed
-- figure has value NULL and its marker (c, x, z, low, u) in suppressed.
CREATE TABLE demand_statistic (
    run_id            BIGINT NOT NULL REFERENCES review_run (run_id),
    input_name        TEXT   NOT NULL,
    time_period       TEXT   NOT NULL,
    geographic_level  TEXT   NOT NULL,
    area_code         TEXT   NOT NULL,
    filters           TEXT   NOT NULL,
    indicator         TEXT   NOT NULL,
    value             NUMERIC,
    suppressed        TEXT,
    CHECK ((value IS NULL) <> (suppressed IS NULL))
);
CREATE INDEX demand_statistic_lookup ON demand_statistic (run_id, area_code, indicator);

-- Restricted: comments as received (raw text is personal data until anonymised).
CREATE TABLE comment_received (
    run_id             BIGINT NOT NULL REFERENCES review_run (run_id),
    comment_id         TEXT   NOT NULL,
    received_on        DATE,
    respondent_type    TEXT   NOT NULL,
    channel            TEXT,
    text               TEXT   NOT NULL,
    service_reference  TEXT,
    area               TEXT,
    PRIMARY KEY (run_id, comment_id)
);

CREATE TABLE lsoa_centroid (
    run_id     BIGINT           NOT NULL REFERENCES review_run (run_id),
    lsoa_code  TEXT             NOT NULL,
    lsoa_name  TEXT,
    latitude   DOUBLE PRECISION NOT NULL,
    longitude  DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (run_id, lsoa_code)
);
