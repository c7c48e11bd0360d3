-- The meta_cases mart.
CREATE OR REPLACE TABLE meta_cases AS
SELECT case_ref, office_code, opened_on, closed_on, person_key, age_band, postcode_district, nationality, issue_type, topic, outcome
FROM read_parquet(getvariable('run_output') || '/marts/meta_cases/*.parquet');

COMMENT ON TABLE meta_cases IS 'One row per META case (newest version): where it was opened, its client as a person key, its issue type and topic, and how it closed. Cases that broke the contract are in the quarantine, not here.';
COMMENT ON COLUMN meta_cases.case_ref IS 'The case system''s reference, e.g. MC-10-00042; unique.';
COMMENT ON COLUMN meta_cases.office_code IS 'The META office (reference/locations.csv, kind OFFICE).';
COMMENT ON COLUMN meta_cases.opened_on IS 'Date the case was opened.';
COMMENT ON COLUMN meta_cases.closed_on IS 'Date it was closed; NULL while open.';
COMMENT ON COLUMN meta_cases.person_key IS 'Pseudonymous key of the client (HMAC-SHA256); NULL when the client could not be keyed.';
COMMENT ON COLUMN meta_cases.age_band IS 'Client''s age band on the day the case was opened.';
COMMENT ON COLUMN meta_cases.postcode_district IS 'Outward code of the client''s postcode, e.g. IP24.';
COMMENT ON COLUMN meta_cases.nationality IS 'ISO 3166-1 alpha-2 nationality as recorded.';
COMMENT ON COLUMN meta_cases.issue_type IS 'BENEFITS, TAX, HOUSING, HOMELESSNESS, EMPLOYMENT, REPATRIATION or OTHER.';
COMMENT ON COLUMN meta_cases.topic IS 'Topic of the issue type: BENEFITS, TAX, HOUSING (housing and homelessness), EMPLOYMENT_SKILLS, OTHER.';
COMMENT ON COLUMN meta_cases.outcome IS 'REHOUSED, SHELTERED, RETURNED_HOME, BENEFIT_AWARDED, SIGNPOSTED or WITHDRAWN; NULL while open or if none was recorded.';
