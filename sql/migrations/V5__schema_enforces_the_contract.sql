-- Provision Lens schema, version 5: the schema enforces the contract between jobs and dashboards (issue 8). Child rows
-- need their parent rows, coded columns hold only the codes the core knows, every table has a primary key, a response
-- is saved once per theme, the published pointer only moves forward to a published run of its own LA, and the rule of
-- which comments may be published is written once, here.
--
-- The jobs write every parent before its children in the publishing transaction (run_input, services, comments as
-- received, cells, then what hangs off them), so the foreign keys are checked row by row, not deferred.

-- ---------------------------------------------------------------------------------------------------------------------
-- Code lists: one function per enum of analytics-core, named after it, holding the enum constants' names (AgeBand: its
-- labels). A CHECK on a coded column calls the function, so a code added to an enum is one CREATE OR REPLACE FUNCTION
-- in a new migration. A test (jobs: SchemaCodesTests) writes every constant of every enum into its column and a wrong
-- code too, so an enum and its list cannot drift apart. Only ever add codes: rows already stored are not checked again
-- when a function changes.

CREATE FUNCTION provision_kinds() RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ARRAY['STATE_SPECIAL_SCHOOL', 'SEN_UNIT', 'RESOURCED_PROVISION', 'SPECIALIST_POST_16',
                 'INDEPENDENT_SPECIAL_SCHOOL', 'NON_MAINTAINED_SPECIAL_SCHOOL']
$$;

CREATE FUNCTION need_codes() RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ARRAY['ASD', 'HI', 'MLD', 'MSI', 'OTH', 'PD', 'PMLD', 'SEMH', 'SLCN', 'SLD', 'SPLD', 'VI', 'NSA', 'UNKNOWN']
$$;

CREATE FUNCTION age_bands() RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ARRAY['0-4', '5-10', '11-15', '16-19', '20-25']
$$;

CREATE FUNCTION domains() RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ARRAY['EDUCATION', 'HEALTH', 'SOCIAL_CARE', 'PREPARATION_FOR_ADULTHOOD']
$$;

CREATE FUNCTION tiers() RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ARRAY['UNIVERSAL', 'TARGETED', 'SPECIALIST']
$$;

CREATE FUNCTION support_levels() RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ARRAY['SEN_SUPPORT', 'EHC_PLAN']
$$;

CREATE FUNCTION funders() RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ARRAY['LA', 'ICB', 'JOINT', 'SCHOOL', 'OTHER']
$$;

CREATE FUNCTION respondent_types() RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ARRAY['CHILD', 'YOUNG_PERSON', 'PARENT_CARER', 'PROFESSIONAL', 'OTHER']
$$;

CREATE FUNCTION listing_gaps() RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ARRAY['NO_ELIGIBILITY', 'NO_CONTACT', 'NO_LOCATION', 'NO_AGE_RANGE', 'NO_NEED_TYPES', 'NOT_REVIEWED']
$$;

CREATE FUNCTION schedule2_categories() RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ARRAY['IN_AREA_PROVISION', 'OUT_OF_AREA_PROVISION', 'SCHOOLS_AND_POST_16',
                 'ASSESSMENT_AND_PERSONAL_BUDGETS', 'PROVIDER_INFORMATION', 'HEALTH_PROVISION',
                 'SOCIAL_CARE_PROVISION', 'PREPARATION_FOR_ADULTHOOD', 'TRANSPORT', 'INFORMATION_ADVICE_SUPPORT',
                 'COMPLAINTS', 'ELIGIBILITY_CRITERIA', 'ACCESSIBILITY_STRATEGY']
$$;

CREATE FUNCTION trend_models() RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ARRAY['LINEAR', 'LOG_LINEAR']
$$;

-- ---------------------------------------------------------------------------------------------------------------------
-- CHECKs on the coded columns. 'ALL' in a cell's need_code or age_band is the sum over needs or ages (V3).

ALTER TABLE specialist_sufficiency
    ADD CONSTRAINT specialist_sufficiency_kind_known CHECK (provision_kind = ANY (provision_kinds()));
ALTER TABLE specialist_demand_by_need
    ADD CONSTRAINT specialist_demand_by_need_kind_known CHECK (provision_kind = ANY (provision_kinds())),
    ADD CONSTRAINT specialist_demand_by_need_need_known CHECK (need_code = ANY (need_codes()));
ALTER TABLE specialist_setting
    ADD CONSTRAINT specialist_setting_kind_known CHECK (provision_kind = ANY (provision_kinds()));

ALTER TABLE service
    ADD CONSTRAINT service_needs_known CHECK (needs <@ need_codes()),
    ADD CONSTRAINT service_funder_known CHECK (funder = ANY (funders()));

ALTER TABLE child_record
    ADD CONSTRAINT child_record_need_known CHECK (primary_need = ANY (need_codes())),
    ADD CONSTRAINT child_record_support_level_known CHECK (support_level = ANY (support_levels()));

ALTER TABLE sufficiency_cell
    ADD CONSTRAINT sufficiency_cell_need_known CHECK (need_code = 'ALL' OR need_code = ANY (need_codes())),
    ADD CONSTRAINT sufficiency_cell_age_band_known CHECK (age_band = 'ALL' OR age_band = ANY (age_bands())),
    ADD CONSTRAINT sufficiency_cell_domain_known CHECK (domain = ANY (domains())),
    ADD CONSTRAINT sufficiency_cell_tier_known CHECK (tier = ANY (tiers()));

ALTER TABLE demand_forecast
    ADD CONSTRAINT demand_forecast_model_known CHECK (model = ANY (trend_models()));
ALTER TABLE forecast_backtest
    ADD CONSTRAINT forecast_backtest_model_known CHECK (model = ANY (trend_models()));

ALTER TABLE audit_category
    ADD CONSTRAINT audit_category_known CHECK (category = ANY (schedule2_categories()));
ALTER TABLE audit_listing_gap
    ADD CONSTRAINT audit_listing_gap_known CHECK (gap = ANY (listing_gaps()));

ALTER TABLE comment_received
    ADD CONSTRAINT comment_received_respondent_known CHECK (respondent_type = ANY (respondent_types()));
ALTER TABLE comment_anonymised
    ADD CONSTRAINT comment_anonymised_respondent_known CHECK (respondent_type = ANY (respondent_types()));

-- Themes are checked for their form, not against a list: a council may extend the taxonomy with themes of its own
-- (the manifest's themeTaxonomy), so no fixed list can hold every theme a run writes. The form is the one
-- analytics-core's Theme record requires of a code (lower case letters, digits and _, a letter first).
ALTER TABLE comment_theme
    ADD CONSTRAINT comment_theme_code_form CHECK (theme ~ '^[a-z][a-z0-9_]*$');
ALTER TABLE comment_response
    ADD CONSTRAINT comment_response_theme_form CHECK (theme ~ '^[a-z][a-z0-9_]*$');

-- ---------------------------------------------------------------------------------------------------------------------
-- Foreign keys from child rows to their parent rows (within the same run).

ALTER TABLE quarantine
    ADD CONSTRAINT quarantine_of_input FOREIGN KEY (run_id, input_name) REFERENCES run_input (run_id, input_name);
ALTER TABLE demand_statistic
    ADD CONSTRAINT demand_statistic_of_input
        FOREIGN KEY (run_id, input_name) REFERENCES run_input (run_id, input_name);

ALTER TABLE specialist_demand_by_need
    ADD CONSTRAINT specialist_demand_by_need_of_kind
        FOREIGN KEY (run_id, provision_kind) REFERENCES specialist_sufficiency (run_id, provision_kind);
ALTER TABLE specialist_setting
    ADD CONSTRAINT specialist_setting_of_kind
        FOREIGN KEY (run_id, provision_kind) REFERENCES specialist_sufficiency (run_id, provision_kind);

ALTER TABLE service_location
    ADD CONSTRAINT service_location_of_service FOREIGN KEY (run_id, service_id) REFERENCES service (run_id, service_id);
ALTER TABLE service_source
    ADD CONSTRAINT service_source_of_service FOREIGN KEY (run_id, service_id) REFERENCES service (run_id, service_id);

ALTER TABLE sufficiency_cell_service
    ADD CONSTRAINT sufficiency_cell_service_of_cell
        FOREIGN KEY (run_id, area_code, need_code, age_band, domain, tier)
        REFERENCES sufficiency_cell (run_id, area_code, need_code, age_band, domain, tier),
    ADD CONSTRAINT sufficiency_cell_service_of_service
        FOREIGN KEY (run_id, service_id) REFERENCES service (run_id, service_id);
CREATE INDEX sufficiency_cell_service_by_service ON sufficiency_cell_service (run_id, service_id);

ALTER TABLE audit_listing_gap
    ADD CONSTRAINT audit_listing_gap_of_service FOREIGN KEY (run_id, service_id) REFERENCES service (run_id, service_id);

-- Comments: the anonymised comment and its links are of a comment as received; its themes and the decision on it
-- are of the anonymised comment.
ALTER TABLE comment_anonymised
    ADD CONSTRAINT comment_anonymised_of_comment
        FOREIGN KEY (run_id, comment_id) REFERENCES comment_received (run_id, comment_id);
ALTER TABLE comment_link
    ADD CONSTRAINT comment_link_of_comment
        FOREIGN KEY (run_id, comment_id) REFERENCES comment_received (run_id, comment_id);
ALTER TABLE comment_theme
    ADD CONSTRAINT comment_theme_of_comment
        FOREIGN KEY (run_id, comment_id) REFERENCES comment_anonymised (run_id, comment_id);
ALTER TABLE comment_review
    ADD CONSTRAINT comment_review_of_comment
        FOREIGN KEY (run_id, comment_id) REFERENCES comment_anonymised (run_id, comment_id);

-- ---------------------------------------------------------------------------------------------------------------------
-- Primary keys where a table had none.
--
-- A service's sources are numbered like its locations: position 1, 2, ... in the order the merge lists them (the
-- publisher writes it; rows already stored are numbered in the order they were written).

ALTER TABLE service_source ADD COLUMN position INTEGER;
UPDATE service_source s
   SET position = numbered.position
  FROM (SELECT ctid, row_number() OVER (PARTITION BY run_id, service_id ORDER BY ctid) AS position
          FROM service_source) numbered
 WHERE s.ctid = numbered.ctid;
ALTER TABLE service_source ALTER COLUMN position SET NOT NULL;
ALTER TABLE service_source ADD CONSTRAINT service_source_pkey PRIMARY KEY (run_id, service_id, position);

-- No natural key fits the other two: a quarantined line can fail on several fields (and for several reasons on one),
-- and a line is absent where a JSON pointer locates the row; nothing makes a statistics file's (time, area, filters,
-- indicator) unique, and columns the long form does not keep (such as a time identifier) may be what tells two rows
-- apart. So each row gets a number, in the order written (rows already stored numbered as they are stored).

ALTER TABLE quarantine ADD COLUMN entry BIGINT GENERATED ALWAYS AS IDENTITY;
ALTER TABLE quarantine ADD CONSTRAINT quarantine_pkey PRIMARY KEY (run_id, entry);

ALTER TABLE demand_statistic ADD COLUMN entry BIGINT GENERATED ALWAYS AS IDENTITY;
ALTER TABLE demand_statistic ADD CONSTRAINT demand_statistic_pkey PRIMARY KEY (run_id, entry);

-- ---------------------------------------------------------------------------------------------------------------------
-- One response per theme (or per comment) of an LA's consultation period, so a save is one INSERT ... ON CONFLICT.
-- Two saves racing could have stored two; the page showed and updated the latest, so only the latest is kept.

DELETE FROM comment_response r
 WHERE EXISTS (SELECT 1
                 FROM comment_response later
                WHERE later.la_code = r.la_code AND later.period = r.period AND later.theme = r.theme
                  AND later.comment_id IS NOT DISTINCT FROM r.comment_id
                  AND (later.updated_at, later.response_id) > (r.updated_at, r.response_id));
ALTER TABLE comment_response
    ADD CONSTRAINT comment_response_one_per_subject UNIQUE NULLS NOT DISTINCT (la_code, period, theme, comment_id);

-- ---------------------------------------------------------------------------------------------------------------------
-- The published pointer names a published run of its own LA, and never moves back to an older run (a run started
-- earlier: a smaller run id) that finished later. Runs are numbered in the order they start.

CREATE FUNCTION published_run_moves_forward() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    named review_run%ROWTYPE;
BEGIN
    SELECT * INTO named FROM review_run WHERE run_id = NEW.run_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'published_run for % names run %, which does not exist', NEW.la_code, NEW.run_id
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF named.status <> 'published' THEN
        RAISE EXCEPTION 'published_run for % cannot name run %: it is %, not published',
            NEW.la_code, NEW.run_id, named.status
            USING ERRCODE = 'check_violation';
    END IF;
    IF named.la_code <> NEW.la_code THEN
        RAISE EXCEPTION 'published_run for % cannot name run %: it is a run of %', NEW.la_code, NEW.run_id, named.la_code
            USING ERRCODE = 'check_violation';
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.run_id < OLD.run_id THEN
        RAISE EXCEPTION 'published_run for % cannot move back from run % to the older run %',
            NEW.la_code, OLD.run_id, NEW.run_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER published_run_moves_forward
    BEFORE INSERT OR UPDATE ON published_run
    FOR EACH ROW EXECUTE FUNCTION published_run_moves_forward();

-- ---------------------------------------------------------------------------------------------------------------------
-- Which comments may be published: the rule, once. Every anonymised comment is screened as
--   held         the anonymiser was unsure and no person has released it (withheld, or not yet decided);
--   excluded     released or never held, but left out of the report: abusive, or a complaint about an individual;
--   publishable  everything else.
-- Pages count held and excluded comments from comment_screened, and read comments only from comment_publishable.

CREATE VIEW comment_screened AS
SELECT a.run_id, a.comment_id, a.received_on, a.respondent_type, a.channel, a.service_reference, a.area,
       a.anonymised_text, a.replacements, a.held_for_review, a.review_reasons, a.excluded_reason,
       CASE
           WHEN a.held_for_review AND NOT EXISTS (SELECT 1
                                                    FROM comment_review r
                                                   WHERE r.run_id = a.run_id AND r.comment_id = a.comment_id
                                                     AND r.decision = 'release') THEN 'held'
           WHEN a.excluded_reason IS NOT NULL THEN 'excluded'
           ELSE 'publishable'
       END AS screening
  FROM comment_anonymised a;

CREATE VIEW comment_publishable AS
SELECT run_id, comment_id, received_on, respondent_type, channel, service_reference, area, anonymised_text
  FROM comment_screened
 WHERE screening = 'publishable';
