-- The uptake unit: one row per transaction of an outreach service (INDICATORS.md, "transactions").
CREATE OR REPLACE TABLE transactions AS
SELECT transaction_key, source, source_id, service, location_code, topic, transaction_date,
       CAST(occurred_at AS TIMESTAMP) AS occurred_at, person_key
FROM read_parquet(getvariable('run_output') || '/marts/transactions/*.parquet')
ORDER BY transaction_date, transaction_key;

COMMENT ON TABLE transactions IS 'One row per transaction of an outreach service: CRM BUS and WORKS_CLUB rows not void, META contacts with a case, First Click attendances; dated up to the run''s as-of date.';
COMMENT ON COLUMN transactions.transaction_key IS 'Source and source id, e.g. CRM:1042; unique.';
COMMENT ON COLUMN transactions.source IS 'Source system: CRM, META or FIRST_CLICK.';
COMMENT ON COLUMN transactions.source_id IS 'The id of the record in its source system.';
COMMENT ON COLUMN transactions.service IS 'ONE_STOP_BUS, THETFORD_WORKS, META or FIRST_CLICK.';
COMMENT ON COLUMN transactions.location_code IS 'Where it happened (reference/locations.csv).';
COMMENT ON COLUMN transactions.topic IS 'BENEFITS, TAX, HOUSING, EMPLOYMENT_SKILLS, OTHER or UNMAPPED.';
COMMENT ON COLUMN transactions.transaction_date IS 'Local (Europe/London) date of the transaction; its month and financial year are the reporting periods.';
COMMENT ON COLUMN transactions.occurred_at IS 'Local wall time of the transaction (midnight where the source records a date only).';
COMMENT ON COLUMN transactions.person_key IS 'Pseudonymous person key (HMAC-SHA256), the same across sources; NULL for an anonymous transaction.';
