-- The audit log grows (issue 13). audit_event (V4) recorded who read a held comment's original words; it now also
-- records who signed in and who failed to (and when an account was refused for too many failures), who signed out,
-- who opened other raw data (a run's quarantined input values, the comments' own words), who downloaded what, and who
-- was refused a page. Written by the dashboards, read by admins on their audit log page. It never holds a password or
-- the raw values that were viewed: the address and what was asked for only.
--
-- kind sorts the events; the rows written before this migration were all views of raw comments. username is as typed
-- for a failed sign-in (it may name nobody) and empty for a visitor who has not signed in.

ALTER TABLE audit_event
    ALTER COLUMN username DROP NOT NULL,
    ADD COLUMN kind TEXT NOT NULL DEFAULT 'RAW_DATA_VIEW' CHECK (kind IN (
        'SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_IN_REFUSED_LOCKED', 'SIGN_OUT', 'RAW_DATA_VIEW', 'EXPORT', 'ACCESS_DENIED')),
    ADD COLUMN roles TEXT,
    ADD COLUMN sign_in_method TEXT CHECK (sign_in_method IN ('FORM', 'OIDC')),
    ADD COLUMN remote_address TEXT,
    ADD COLUMN la_code TEXT,
    ADD COLUMN run_id BIGINT;

CREATE INDEX audit_event_time ON audit_event (happened_at DESC);
CREATE INDEX audit_event_user ON audit_event (username, kind, happened_at DESC);
