-- Quality checks on transactions. Each query returns the offending rows; a check passes
-- when it returns none. Each header names its severity and the rule behind it: blocking
-- (an invariant the pipeline guarantees: a failure stops publication) or warning (source
-- data the contracts admit: recorded and shown by ./outreach status, published anyway).
-- Runnable in the DuckDB CLI after SET VARIABLE run_output, run_id, as_of and freshness_days.

-- check: transactions_key_unique (blocking; the mart's key: one row per source and source id, the newest version wins)
SELECT transaction_key, count(*) AS copies FROM transactions GROUP BY transaction_key HAVING count(*) > 1;

-- check: transactions_not_null (blocking; INDICATORS.md, transactions: every one has a source, service, location, topic and date)
SELECT transaction_key, source, service, location_code, topic, transaction_date FROM transactions
WHERE transaction_key IS NULL OR source IS NULL OR service IS NULL OR location_code IS NULL OR topic IS NULL
   OR transaction_date IS NULL;

-- check: transactions_accepted_values (blocking; INDICATORS.md, transactions: the four services, their sources and the topics of SOURCES.md 7)
SELECT transaction_key, source, service, topic FROM transactions
WHERE source NOT IN ('CRM', 'META', 'FIRST_CLICK')
   OR service NOT IN ('ONE_STOP_BUS', 'THETFORD_WORKS', 'META', 'FIRST_CLICK')
   OR topic NOT IN ('BENEFITS', 'TAX', 'HOUSING', 'EMPLOYMENT_SKILLS', 'OTHER', 'UNMAPPED');

-- check: transactions_location_exists (blocking; SOURCES.md 1, 2 and 7: a location is one of reference/locations.csv, the project's own data)
SELECT t.transaction_key, t.location_code FROM transactions t ANTI JOIN locations l USING (location_code);

-- check: transactions_person_exists (blocking; the persons mart holds every person key of the transactions)
SELECT t.transaction_key FROM transactions t
WHERE t.person_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM persons p WHERE p.person_key = t.person_key);

-- check: transactions_not_after_as_of (blocking; INDICATORS.md rule 26: the as-of date bounds event dates)
SELECT transaction_key, transaction_date FROM transactions WHERE transaction_date > getvariable('as_of');

-- check: transactions_topic_unmapped (warning; SOURCES.md 7: a service code missing from reference/service-codes.csv maps to topic UNMAPPED and is reported by the quality checks)
-- The code itself is counted by crmLakeCommitStep (./outreach status); add it to service-codes.csv.
SELECT transaction_key, service, location_code, transaction_date FROM transactions
WHERE topic = 'UNMAPPED'
ORDER BY transaction_date, transaction_key;

-- check: crm_fresh (warning; operations: newest CRM transaction within outreach.quality.freshness-days of the as-of date)
SELECT 'CRM' AS source, max(transaction_date) AS newest FROM transactions WHERE source = 'CRM'
HAVING max(transaction_date) IS NULL OR max(transaction_date) < getvariable('as_of') - getvariable('freshness_days');

-- check: meta_fresh (warning; operations: newest META contact within outreach.quality.freshness-days of the as-of date)
SELECT 'META' AS source, max(transaction_date) AS newest FROM transactions WHERE source = 'META'
HAVING max(transaction_date) IS NULL OR max(transaction_date) < getvariable('as_of') - getvariable('freshness_days');
