-- Provision Lens schema, version 10: demand is need for that kind of provision (issue 9). Each cell says who counts
-- as demand in it (its domain and tier's definition, in words), how many of its demand are services' referrals,
-- the hours of services that count hours (compared only with hours), the caseload services of a cell whose demand is
-- children placed (compared with their referrals), and how many placements outside the LA's own provision have no
-- known cost. Rows of earlier runs keep NULL definitions and zero counts.

ALTER TABLE sufficiency_cell
    ADD COLUMN demand_definition        TEXT,
    ADD COLUMN referrals                INTEGER NOT NULL DEFAULT 0 CHECK (referrals >= 0),
    ADD COLUMN hours_available          NUMERIC(12, 2),
    ADD COLUMN hours_used               NUMERIC(12, 2),
    ADD COLUMN hours_waiting            INTEGER CHECK (hours_waiting >= 0),
    ADD COLUMN support_referrals        INTEGER CHECK (support_referrals >= 0),
    ADD COLUMN support_caseload         NUMERIC(12, 2),
    ADD COLUMN support_in_use           NUMERIC(12, 2),
    ADD COLUMN out_of_area_cost_unknown INTEGER NOT NULL DEFAULT 0 CHECK (out_of_area_cost_unknown >= 0);
