-- Provision Lens schema, version 8: the specialist place forecast in the shape the DfE asks of councils (the school
-- capacity (SCAP) specialist provision forecast; issue 9, part 3). Pupils with EHC plans by SCAP provision type and
-- National Curriculum year group (Reception = 0 to Year 14, from the age at the January census: year group = age - 4),
-- at the census and for each of the next five years, beside the places of each type the run's services give.

-- The SCAP provision types (analytics-core ScapType). Independent and non-maintained special schools and specialist
-- post-16 institutions are counted within SPECIAL_SCHOOL.
CREATE FUNCTION scap_types() RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ARRAY['SPECIAL_SCHOOL', 'SEN_UNIT_OR_RESOURCED_PROVISION', 'ALTERNATIVE_PROVISION']
$$;

-- One row per SCAP type: its places (settings in the LA's area, and settings outside it that the listing names), and
-- its pupils at the census from the child records (any age; those outside Reception to Year 14 apart), beside DfE's
-- SEN2 count of plans placed in the type (NULL when the run has no SEN2 placement counts or DfE suppresses one).
-- Places a listing does not give are unknown, never 0: places_known is then a lower bound (capacity_status).
CREATE TABLE place_forecast_type (
    run_id                      BIGINT  NOT NULL REFERENCES review_run (run_id),
    scap_type                   TEXT    NOT NULL CHECK (scap_type = ANY (scap_types())),
    label                       TEXT    NOT NULL,
    display_order               INTEGER NOT NULL,
    census_year                 INTEGER NOT NULL,
    settings_in_area            INTEGER NOT NULL CHECK (settings_in_area >= 0),
    settings_places_unknown     INTEGER NOT NULL CHECK (settings_places_unknown BETWEEN 0 AND settings_in_area),
    places_known                INTEGER NOT NULL CHECK (places_known >= 0),
    capacity_status             TEXT    NOT NULL
        CHECK (capacity_status IN ('complete', 'partial', 'unknown', 'none_in_area')),
    settings_out_of_area        INTEGER NOT NULL CHECK (settings_out_of_area >= 0),
    out_of_area_places_unknown  INTEGER NOT NULL
        CHECK (out_of_area_places_unknown BETWEEN 0 AND settings_out_of_area),
    out_of_area_places_known    INTEGER NOT NULL CHECK (out_of_area_places_known >= 0),
    pupils_all_ages             INTEGER NOT NULL CHECK (pupils_all_ages >= 0),
    pupils_outside_year_groups  INTEGER NOT NULL CHECK (pupils_outside_year_groups BETWEEN 0 AND pupils_all_ages),
    dfe_pupils_all_ages         INTEGER CHECK (dfe_pupils_all_ages >= 0),
    PRIMARY KEY (run_id, scap_type)
);

-- Pupils with EHC plans needing a place of the type, in one year group, in one year: the census year (census = true,
-- the child records' count, beside DfE's count of the same ages where the run has it) and each forecast year, with the
-- range if every age band came in at the ends of its forecast's 80% interval. Unrounded: the pages round.
CREATE TABLE place_forecast_cell (
    run_id      BIGINT         NOT NULL,
    scap_type   TEXT           NOT NULL,
    year        INTEGER        NOT NULL,
    year_group  INTEGER        NOT NULL CHECK (year_group BETWEEN 0 AND 14),
    census      BOOLEAN        NOT NULL,
    pupils      NUMERIC(12, 2) NOT NULL CHECK (pupils >= 0),
    low80       NUMERIC(12, 2) NOT NULL CHECK (low80 <= pupils),
    high80      NUMERIC(12, 2) NOT NULL CHECK (high80 >= pupils),
    dfe_pupils  INTEGER        CHECK (dfe_pupils >= 0),
    PRIMARY KEY (run_id, scap_type, year, year_group),
    FOREIGN KEY (run_id, scap_type) REFERENCES place_forecast_type (run_id, scap_type)
);

-- The settings behind each type's places: a service of the run, with its places (NULL: unknown).
CREATE TABLE place_forecast_setting (
    run_id      BIGINT  NOT NULL,
    service_id  TEXT    NOT NULL,
    scap_type   TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    places      INTEGER CHECK (places >= 0),
    in_area     BOOLEAN NOT NULL,
    PRIMARY KEY (run_id, service_id),
    FOREIGN KEY (run_id, scap_type) REFERENCES place_forecast_type (run_id, scap_type),
    FOREIGN KEY (run_id, service_id) REFERENCES service (run_id, service_id)
);

-- The growth each age band's EHC plans were rolled forward with: the forecast for the year over the census year's
-- actual count, and the same for the ends of the 80% interval; series names the forecast it was read from (the band's
-- own, e.g. 'Age 5-10', or 'All EHC plans' when the band has none). A band with no row in a year only aged.
CREATE TABLE place_forecast_growth (
    run_id    BIGINT        NOT NULL REFERENCES review_run (run_id),
    age_band  TEXT          NOT NULL CHECK (age_band = ANY (age_bands())),
    year      INTEGER       NOT NULL,
    series    TEXT          NOT NULL,
    growth    NUMERIC(10, 4) NOT NULL CHECK (growth >= 0),
    low80     NUMERIC(10, 4) NOT NULL CHECK (low80 <= growth),
    high80    NUMERIC(10, 4) NOT NULL CHECK (high80 >= growth),
    PRIMARY KEY (run_id, age_band, year)
);
