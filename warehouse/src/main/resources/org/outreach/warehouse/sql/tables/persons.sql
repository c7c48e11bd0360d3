-- The persons mart.
CREATE OR REPLACE TABLE persons AS
SELECT person_key, first_seen, last_seen, transactions, service_count, services
FROM read_parquet(getvariable('run_output') || '/marts/persons/*.parquet');

COMMENT ON TABLE persons IS 'One row per pseudonymous person seen in a transaction of any outreach service. Nothing but the key identifies them.';
COMMENT ON COLUMN persons.person_key IS 'Pseudonymous key (HMAC-SHA256 of the NI number, or of surname, date of birth and postcode sector).';
COMMENT ON COLUMN persons.first_seen IS 'Date of their first transaction, up to the as-of date.';
COMMENT ON COLUMN persons.last_seen IS 'Date of their latest transaction, up to the as-of date.';
COMMENT ON COLUMN persons.transactions IS 'Their transactions, every service.';
COMMENT ON COLUMN persons.service_count IS 'How many of the four services they used.';
COMMENT ON COLUMN persons.services IS 'The services they used, comma-separated.';
