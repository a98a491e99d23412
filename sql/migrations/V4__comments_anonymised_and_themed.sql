-- Provision Lens schema, version 4: consultation comments after anonymisation and theming (issue 5). The raw text
-- stays in comment_received (restricted); these tables hold only anonymised text, safe to show beyond it.

-- One comment, anonymised. held_for_review: the anonymiser was not sure, so the comment is never published until a
-- person has checked it.
CREATE TABLE comment_anonymised (
    run_id            BIGINT  NOT NULL REFERENCES review_run (run_id),
    comment_id        TEXT    NOT NULL,
    received_on       DATE,
    respondent_type   TEXT    NOT NULL,
    channel           TEXT,
    service_reference TEXT,
    area              TEXT,
    anonymised_text   TEXT    NOT NULL,
    replacements      INTEGER NOT NULL,
    held_for_review   BOOLEAN NOT NULL,
    review_reasons    TEXT,
    -- left out of the published report (and counted): abusive, or a complaint about an individual
    excluded_reason   TEXT CHECK (excluded_reason IN ('ABUSIVE', 'INDIVIDUAL_COMPLAINT')),
    PRIMARY KEY (run_id, comment_id)
);

-- The themes of a comment, each with its own stance and the phrase that is the evidence (from the anonymised text).
CREATE TABLE comment_theme (
    run_id      BIGINT NOT NULL REFERENCES review_run (run_id),
    comment_id  TEXT   NOT NULL,
    theme       TEXT   NOT NULL,
    theme_label TEXT   NOT NULL,
    stance      TEXT   NOT NULL CHECK (stance IN ('POSITIVE', 'NEGATIVE', 'MIXED')),
    evidence    TEXT   NOT NULL,
    PRIMARY KEY (run_id, comment_id, theme)
);
CREATE INDEX comment_theme_by_theme ON comment_theme (run_id, theme, stance);

-- The council's response to a theme (or a single comment) and the action it takes, tracked across review cycles. Not
-- tied to a run: responses carry over from one review to the next. period is the consultation period, e.g. 2025.
CREATE TABLE comment_response (
    response_id  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    la_code      TEXT    NOT NULL,
    period       TEXT    NOT NULL,
    theme        TEXT    NOT NULL,
    comment_id   TEXT,
    response     TEXT    NOT NULL,
    action       TEXT,
    owner        TEXT,
    due_date     DATE,
    status       TEXT    NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'not_doing')),
    updated_by   TEXT    NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX comment_response_period ON comment_response (la_code, period, theme);

-- Every view of raw comment text or child-level records, and every export of them: who, when, what.
CREATE TABLE audit_event (
    event_id    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    happened_at TIMESTAMP WITH TIME ZONE NOT NULL,
    username    TEXT NOT NULL,
    action      TEXT NOT NULL,
    subject     TEXT NOT NULL
);

-- What a comment is about: services and areas, by the respondent's explicit reference or by a service's name found
-- in the anonymised text.
CREATE TABLE comment_link (
    run_id      BIGINT NOT NULL REFERENCES review_run (run_id),
    comment_id  TEXT   NOT NULL,
    kind        TEXT   NOT NULL CHECK (kind IN ('service', 'area')),
    target      TEXT   NOT NULL,
    how         TEXT   NOT NULL CHECK (how IN ('reference', 'name in text')),
    PRIMARY KEY (run_id, comment_id, kind, target)
);

-- A person's decision on a comment the anonymiser held for review: release it as anonymised, or withhold it.
CREATE TABLE comment_review (
    run_id      BIGINT NOT NULL REFERENCES review_run (run_id),
    comment_id  TEXT   NOT NULL,
    decision    TEXT   NOT NULL CHECK (decision IN ('release', 'withhold')),
    decided_by  TEXT   NOT NULL,
    decided_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (run_id, comment_id)
);
