-- Reorganisation proposals (issue 10). A proposal is never a review run: it is evaluated, in process, against the
-- published run of its LA. What the impact model needs from a run that earlier tables did not keep (the transport
-- policy and the placement costs the manifest set) is stored with the run.

-- The home-to-school transport policy a run was reviewed under: the longest acceptable journey and what a mile costs.
CREATE TABLE run_transport_policy (
    run_id             BIGINT        PRIMARY KEY REFERENCES review_run (run_id),
    max_miles          NUMERIC(6, 2) NOT NULL CHECK (max_miles > 0),
    cost_per_mile      NUMERIC(10, 2) CHECK (cost_per_mile >= 0),
    journeys_per_year  INTEGER       NOT NULL CHECK (journeys_per_year > 0),
    source             TEXT,
    CHECK (cost_per_mile IS NULL OR source IS NOT NULL)
);

-- The cost of a place a year for each kind of provision, as the run's manifest set it (with its source).
CREATE TABLE run_placement_cost (
    run_id              BIGINT         NOT NULL REFERENCES review_run (run_id),
    provision_kind      TEXT           NOT NULL CHECK (provision_kind = ANY (provision_kinds())),
    per_place_per_year  NUMERIC(12, 2) NOT NULL CHECK (per_place_per_year >= 0),
    source              TEXT           NOT NULL,
    PRIMARY KEY (run_id, provision_kind)
);

-- A proposal as written (YAML or JSON), per LA. Not tied to a run: it is evaluated against whichever run is published.
CREATE TABLE proposal (
    la_code      TEXT                     NOT NULL,
    proposal_id  TEXT                     NOT NULL CHECK (proposal_id ~ '^[A-Za-z0-9][A-Za-z0-9-]{0,79}$'),
    name         TEXT                     NOT NULL,
    body         TEXT                     NOT NULL,
    body_format  TEXT                     NOT NULL CHECK (body_format IN ('yaml', 'json')),
    origin       TEXT                     NOT NULL CHECK (origin IN ('manifest', 'upload', 'form', 'command')),
    created_by   TEXT,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    PRIMARY KEY (la_code, proposal_id)
);
