-- Provision Lens schema, version 11 (issue 9): the verdict thresholds each review run used, and the NHS community
-- health waiting lists for children and young people of the run's integrated care board and of England.

-- Code lists (see V5): analytics-core's Therapy and CommunityWait.AreaType.
CREATE FUNCTION therapies() RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ARRAY['AUDIOLOGY', 'COMMUNITY_PAEDIATRICS', 'OCCUPATIONAL_THERAPY', 'SPEECH_AND_LANGUAGE', 'PHYSIOTHERAPY']
$$;

CREATE FUNCTION community_wait_area_types() RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ARRAY['ENGLAND', 'REGION', 'ICB', 'PROVIDER']
$$;

-- One verdict threshold of a run (analytics-core VerdictThresholds), by the name the manifest gives it, and whether
-- the manifest gave it or it is the default.
CREATE TABLE review_threshold (
    run_id     BIGINT        NOT NULL REFERENCES review_run (run_id),
    threshold  TEXT          NOT NULL CHECK (threshold IN ('atRiskOccupancyPercent', 'atRiskWaitingWeeks',
                                                           'insufficientTravelAccess', 'horizonYears')),
    value      NUMERIC(12, 4) NOT NULL,
    source     TEXT          NOT NULL CHECK (source IN ('manifest', 'default')),
    PRIMARY KEY (run_id, threshold)
);

-- One month's waiting list of one therapy in one area (the run's ICB, or England), as NHS England publishes it. A count
-- not reported is NULL, never 0. Over 18 weeks = over_18_to_52_weeks + over_52_weeks.
CREATE TABLE community_wait (
    run_id               BIGINT  NOT NULL REFERENCES review_run (run_id),
    area_type            TEXT    NOT NULL CHECK (area_type = ANY (community_wait_area_types())),
    area_name            TEXT    NOT NULL,
    month                DATE    NOT NULL CHECK (extract(DAY FROM month) = 1),
    therapy              TEXT    NOT NULL CHECK (therapy = ANY (therapies())),
    waiting              INTEGER CHECK (waiting >= 0),
    over_18_to_52_weeks  INTEGER CHECK (over_18_to_52_weeks >= 0),
    over_52_weeks        INTEGER CHECK (over_52_weeks >= 0),
    PRIMARY KEY (run_id, area_type, area_name, month, therapy),
    CHECK (over_18_to_52_weeks + over_52_weeks <= waiting)
);
