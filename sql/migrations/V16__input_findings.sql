-- Findings in optional fields (issue 13). A fault that leaves a row usable (an email with a trailing full stop, a web
-- address or phone number that cannot be one, ages or coordinates that cannot be read) no longer quarantines the row:
-- the field is cleaned (kept_as) or left empty (kept_as null), and the finding is recorded here with where it was
-- (file and line, or JSON pointer), the value as given and the reason. The Schedule 2 audit shows each listing's
-- findings as data-quality gaps. Only faults that make a row unusable (no id, no name, a duplicate id) still quarantine.
-- value may be contact details: restricted pages only, never a public page or a log.

CREATE TABLE input_finding (
    run_id      BIGINT NOT NULL REFERENCES review_run (run_id),
    input_name  TEXT   NOT NULL,
    file        TEXT   NOT NULL,
    line        BIGINT,
    pointer     TEXT,
    service_id  TEXT,
    field       TEXT   NOT NULL,
    value       TEXT,
    kept_as     TEXT,
    reason      TEXT   NOT NULL,
    CHECK (line IS NOT NULL OR pointer IS NOT NULL)
);
CREATE INDEX input_finding_run ON input_finding (run_id, service_id);

ALTER TABLE run_input ADD COLUMN rows_with_findings BIGINT NOT NULL DEFAULT 0 CHECK (rows_with_findings >= 0);
