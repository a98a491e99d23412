-- Provision Lens schema, version 3: the sufficiency review of Code of Practice 4.19 (issue 4): the cells of the
-- sufficiency matrix with their measures, forecast and verdict; the demand forecast with its intervals and the
-- back-test that says how far to trust it; the Schedule 2 completeness audit; localities and area boundaries for maps.

-- Which locality each LSOA of the run belongs to (localities are MSOAs unless the run says otherwise).
CREATE TABLE locality_lsoa (
    run_id         BIGINT NOT NULL REFERENCES review_run (run_id),
    locality_code  TEXT   NOT NULL,
    locality_name  TEXT   NOT NULL,
    lsoa_code      TEXT   NOT NULL,
    PRIMARY KEY (run_id, lsoa_code)
);

-- Area boundaries for maps, as GeoJSON geometry (WGS84 longitude, latitude).
CREATE TABLE area_boundary (
    run_id     BIGINT NOT NULL REFERENCES review_run (run_id),
    area_code  TEXT   NOT NULL,
    area_name  TEXT,
    level      TEXT   NOT NULL CHECK (level IN ('LSOA', 'MSOA', 'LA')),
    geometry   TEXT   NOT NULL,
    PRIMARY KEY (run_id, area_code)
);

-- One cell of the sufficiency matrix: area (the LA, or a locality) x need x age band x domain x tier. 'ALL' in
-- need_code or age_band is the sum over needs or ages. Counts add up from localities to the LA.
CREATE TABLE sufficiency_cell (
    run_id             BIGINT  NOT NULL REFERENCES review_run (run_id),
    area_code          TEXT    NOT NULL,
    area_name          TEXT    NOT NULL,
    area_level         TEXT    NOT NULL CHECK (area_level IN ('LA', 'LOCALITY')),
    need_code          TEXT    NOT NULL,
    age_band           TEXT    NOT NULL,
    domain             TEXT    NOT NULL,
    tier               TEXT    NOT NULL,
    ehc_plans          INTEGER NOT NULL,
    sen_support        INTEGER NOT NULL,
    demand             INTEGER NOT NULL,
    capacity           NUMERIC(12, 2),
    capacity_unit      TEXT,
    in_use             NUMERIC(12, 2),
    spare              NUMERIC(12, 2),
    occupancy_pct      NUMERIC(8, 1),
    waiting_list       INTEGER,
    max_waiting_weeks  INTEGER,
    out_of_area        INTEGER NOT NULL,
    out_of_area_cost   NUMERIC(14, 2),
    within_reach       INTEGER NOT NULL,
    travel_access_pct  NUMERIC(5, 1),
    growth             NUMERIC(8, 4),
    horizon_year       INTEGER NOT NULL,
    forecast_demand    NUMERIC(12, 2) NOT NULL,
    gap                NUMERIC(12, 2),
    verdict            TEXT    NOT NULL CHECK (verdict IN ('sufficient', 'at_risk', 'insufficient', 'no_data')),
    reason             TEXT    NOT NULL,
    PRIMARY KEY (run_id, area_code, need_code, age_band, domain, tier)
);
CREATE INDEX sufficiency_cell_heat_map ON sufficiency_cell (run_id, area_level, age_band, domain, tier);

-- The services behind each LA-level leaf cell (need, age band, domain, tier), with their share of its capacity.
CREATE TABLE sufficiency_cell_service (
    run_id      BIGINT NOT NULL REFERENCES review_run (run_id),
    area_code   TEXT   NOT NULL,
    need_code   TEXT   NOT NULL,
    age_band    TEXT   NOT NULL,
    domain      TEXT   NOT NULL,
    tier        TEXT   NOT NULL,
    service_id  TEXT   NOT NULL,
    share       NUMERIC(8, 6) NOT NULL,
    PRIMARY KEY (run_id, area_code, need_code, age_band, domain, tier, service_id)
);

-- Demand series and forecast: actual values for past years, forecasts with 80% and 95% intervals for future ones.
CREATE TABLE demand_forecast (
    run_id      BIGINT  NOT NULL REFERENCES review_run (run_id),
    area_code   TEXT    NOT NULL,
    series      TEXT    NOT NULL,
    year        INTEGER NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('actual', 'forecast')),
    value       NUMERIC(14, 2) NOT NULL,
    low80       NUMERIC(14, 2),
    high80      NUMERIC(14, 2),
    low95       NUMERIC(14, 2),
    high95      NUMERIC(14, 2),
    model       TEXT,
    PRIMARY KEY (run_id, area_code, series, year)
);

-- The back-test: for each LA, the model fitted on the years up to last_fit_year, its error on the test years.
CREATE TABLE forecast_backtest (
    run_id         BIGINT  NOT NULL REFERENCES review_run (run_id),
    model          TEXT    NOT NULL,
    la_code        TEXT    NOT NULL,
    la_name        TEXT,
    last_fit_year  INTEGER NOT NULL,
    test_years     TEXT    NOT NULL,
    mape           NUMERIC(8, 2) NOT NULL,
    points         INTEGER NOT NULL,
    within80       INTEGER NOT NULL,
    within95       INTEGER NOT NULL,
    chosen         BOOLEAN NOT NULL,
    PRIMARY KEY (run_id, model, la_code)
);

-- The Schedule 2 completeness audit.
CREATE TABLE audit_category (
    run_id     BIGINT  NOT NULL REFERENCES review_run (run_id),
    category   TEXT    NOT NULL,
    paragraph  INTEGER NOT NULL,
    label      TEXT    NOT NULL,
    services   INTEGER NOT NULL,
    complete   INTEGER NOT NULL,
    score      INTEGER NOT NULL,
    PRIMARY KEY (run_id, category)
);

CREATE TABLE audit_listing_gap (
    run_id      BIGINT NOT NULL REFERENCES review_run (run_id),
    service_id  TEXT   NOT NULL,
    gap         TEXT   NOT NULL,
    PRIMARY KEY (run_id, service_id, gap)
);

CREATE TABLE audit_unlisted_setting (
    run_id    BIGINT  NOT NULL REFERENCES review_run (run_id),
    setting   TEXT    NOT NULL,
    children  INTEGER NOT NULL,
    PRIMARY KEY (run_id, setting)
);

CREATE TABLE audit_fix (
    run_id    BIGINT  NOT NULL REFERENCES review_run (run_id),
    priority  INTEGER NOT NULL,
    what      TEXT    NOT NULL,
    why       TEXT    NOT NULL,
    PRIMARY KEY (run_id, priority)
);
