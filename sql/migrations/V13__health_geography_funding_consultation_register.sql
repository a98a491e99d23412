-- Provision Lens schema, version 13 (issue 11): what joint commissioning boards and the consultation duty need. The NHS
-- geography a run was reviewed in (sub-ICB locations, ICBs, NHS regions, and the sub-ICB location that is the LA's
-- place), who funds each service and in what shares, and the register of who was consulted on the Local Offer
-- (SEND Regulations 2014, regulation 54).

-- Code lists (see V5): analytics-core's ConsulteeGroup and ConsultationMethod.
CREATE FUNCTION consultee_groups() RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ARRAY['CYP_AND_PARENTS_SEN', 'CYP_AND_PARENTS_DISABILITY', 'MAINTAINED_SCHOOLS', 'ACADEMIES',
                 'POST_16_INSTITUTIONS', 'NON_MAINTAINED_SPECIAL_SCHOOLS', 'PUPIL_REFERRAL_UNITS', 'CHILDRENS_CENTRES',
                 'EARLY_YEARS_PROVIDERS', 'YOUTH_OFFENDING_TEAMS', 'OTHER_SEN_PROVIDERS_AND_ADVISERS',
                 'ADULTHOOD_PROVIDERS', 'LA_OFFICERS', 'OTHERS_THE_LA_THINKS_APPROPRIATE', 'NHS_ENGLAND',
                 'INTEGRATED_CARE_BOARDS', 'OTHER_LOCAL_AUTHORITIES']
$$;

CREATE FUNCTION consultation_methods() RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ARRAY['ONLINE_SURVEY', 'PAPER_SURVEY', 'EMAIL', 'LETTER', 'PHONE', 'EVENT', 'FOCUS_GROUP', 'MEETING',
                 'SCHOOL_VISIT', 'FORUM', 'OTHER']
$$;

-- Every row of the ONS sub-ICB location to ICB to NHS region lookup the run read (input format
-- ons-sub-icb-lookup-csv): the NHS geography the run's health views roll up through.
CREATE TABLE health_geography (
    run_id              BIGINT NOT NULL REFERENCES review_run (run_id),
    sub_icb_code        TEXT   NOT NULL CHECK (sub_icb_code ~ '^E38[0-9]{6}$'),
    sub_icb_short_code  TEXT   NOT NULL,
    sub_icb_name        TEXT   NOT NULL,
    icb_code            TEXT   NOT NULL CHECK (icb_code ~ '^E54[0-9]{6}$'),
    icb_short_code      TEXT   NOT NULL,
    icb_name            TEXT   NOT NULL,
    region_code         TEXT   NOT NULL,
    region_name         TEXT   NOT NULL,
    PRIMARY KEY (run_id, sub_icb_code)
);

-- The sub-ICB location (NHS "place") whose area is the run's LA, as the manifest names it (subIcbLocation).
CREATE TABLE run_health_place (
    run_id        BIGINT PRIMARY KEY REFERENCES review_run (run_id),
    sub_icb_code  TEXT   NOT NULL,
    FOREIGN KEY (run_id, sub_icb_code) REFERENCES health_geography (run_id, sub_icb_code)
);

-- Who funds a service and how much (input format service-funding-csv). A service with no row here is funded as its
-- listing's single funder says (service.funder), share and amount unknown. share_pct and annual_amount are NULL when
-- not given, never 0. A service with more than one funder, or funded JOINT (a pooled budget), is jointly funded.
CREATE TABLE service_funding (
    run_id         BIGINT         NOT NULL REFERENCES review_run (run_id),
    service_id     TEXT           NOT NULL,
    funder         TEXT           NOT NULL CHECK (funder = ANY (funders())),
    funder_name    TEXT,
    share_pct      NUMERIC(5, 2)  CHECK (share_pct > 0 AND share_pct <= 100),
    annual_amount  NUMERIC(14, 2) CHECK (annual_amount >= 0),
    arrangement    TEXT,
    PRIMARY KEY (run_id, service_id, funder),
    FOREIGN KEY (run_id, service_id) REFERENCES service (run_id, service_id)
);

-- One consultation activity on the Local Offer and one group of consultees it reached (input format
-- consultation-register-csv; an activity reaching several groups has a row per group). participants is the number
-- of people or organisations the activity reached (all its groups), NULL when not recorded.
CREATE TABLE consultation_event (
    run_id           BIGINT  NOT NULL REFERENCES review_run (run_id),
    event_id         TEXT    NOT NULL,
    consultee_group  TEXT    NOT NULL CHECK (consultee_group = ANY (consultee_groups())),
    held_from        DATE    NOT NULL,
    held_to          DATE,
    method           TEXT    NOT NULL CHECK (method = ANY (consultation_methods())),
    description      TEXT    NOT NULL,
    participants     INTEGER CHECK (participants >= 0),
    PRIMARY KEY (run_id, event_id, consultee_group),
    CHECK (held_to IS NULL OR held_to >= held_from)
);
