-- Provision Lens schema, version 9: the Schedule 2 audit checks content, not keywords (issue 9, part 5).
--
-- Each Schedule 2 category is a list of required elements (analytics-core: the table schedule2-elements.csv); a run
-- writes, per element, whether the offer shows it and which listings do (and in which field, with which phrase). A
-- category's score is now the share of its elements met; audit_category gains the two counts behind it (NULL in runs
-- published before version 9, which scored coverage instead). Each listing is scored against the Open Referral UK
-- fields, with the fields it misses and whether it gives a phone number or a postal address (a route that does not
-- need the internet). audit_listing_gap stays for the runs published before version 9; new runs write audit_listing.

-- The constants of analytics-core's ListingField, as V5 keeps its code lists.
CREATE FUNCTION listing_fields() RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ARRAY['NAME', 'DESCRIPTION', 'ORGANISATION', 'CONTACT', 'ADDRESS', 'AGE_RANGE', 'ELIGIBILITY', 'ASSURED',
                 'WEBSITE', 'COST', 'NEED_TYPES', 'FUNDING']
$$;

ALTER TABLE audit_category
    ADD COLUMN elements     INTEGER CHECK (elements >= 0),
    ADD COLUMN elements_met INTEGER CHECK (elements_met >= 0 AND elements_met <= elements);

COMMENT ON COLUMN audit_category.elements IS 'How many elements the category requires (NULL: a run before version 9)';
COMMENT ON COLUMN audit_category.elements_met IS 'How many of them the offer shows; score = round(100 x met / elements)';

CREATE TABLE audit_element (
    run_id      BIGINT  NOT NULL,
    category    TEXT    NOT NULL,
    element     TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    name        TEXT    NOT NULL,
    rule        TEXT    NOT NULL,
    met         BOOLEAN NOT NULL,
    considered  INTEGER NOT NULL CHECK (considered >= 0),
    showing     INTEGER NOT NULL CHECK (showing >= 0 AND showing <= considered),
    summary     TEXT    NOT NULL,
    PRIMARY KEY (run_id, category, element),
    UNIQUE (run_id, position),
    CONSTRAINT audit_element_of_category
        FOREIGN KEY (run_id, category) REFERENCES audit_category (run_id, category)
);

COMMENT ON TABLE audit_element IS
    'One Schedule 2 element of a run: met or not, how many listings its rule considers and how many show it';
COMMENT ON COLUMN audit_element.rule IS 'The rule in plain English, as the run checked it';

CREATE TABLE audit_element_evidence (
    run_id      BIGINT NOT NULL,
    category    TEXT   NOT NULL,
    element     TEXT   NOT NULL,
    service_id  TEXT   NOT NULL,
    field       TEXT   NOT NULL,
    phrase      TEXT,
    PRIMARY KEY (run_id, category, element, service_id),
    CONSTRAINT audit_element_evidence_of_element
        FOREIGN KEY (run_id, category, element) REFERENCES audit_element (run_id, category, element),
    CONSTRAINT audit_element_evidence_of_service
        FOREIGN KEY (run_id, service_id) REFERENCES service (run_id, service_id)
);

COMMENT ON TABLE audit_element_evidence IS
    'A listing that shows an element: the field where it shows, and the phrase found (NULL: a field or kind of service)';

CREATE TABLE audit_listing (
    run_id            BIGINT  NOT NULL,
    service_id        TEXT    NOT NULL,
    score             INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    missing           TEXT[]  NOT NULL CHECK (missing <@ listing_fields()),
    required_missing  INTEGER NOT NULL CHECK (required_missing >= 0),
    offline_route     BOOLEAN NOT NULL,
    PRIMARY KEY (run_id, service_id),
    CONSTRAINT audit_listing_of_service FOREIGN KEY (run_id, service_id) REFERENCES service (run_id, service_id)
);

COMMENT ON TABLE audit_listing IS
    'Each listing against the Open Referral UK fields: score = share of the 12 fields given, the fields missing, and'
    ' whether it gives a phone number or a postal address';
