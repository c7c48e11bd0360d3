-- Quality checks on transactions. Each query returns the offending rows; a check passes
-- when it returns none. "(warning)" after the name records a failure without blocking.
-- Runnable in the DuckDB CLI after SET VARIABLE run_output, as_of and freshness_days.

-- check: transactions_key_unique
SELECT transaction_key, count(*) AS copies FROM transactions GROUP BY transaction_key HAVING count(*) > 1;

-- check: transactions_not_null
SELECT transaction_key, source, service, location_code, topic, transaction_date FROM transactions
WHERE transaction_key IS NULL OR source IS NULL OR service IS NULL OR location_code IS NULL OR topic IS NULL
   OR transaction_date IS NULL;

-- check: transactions_accepted_values
SELECT transaction_key, source, service, topic FROM transactions
WHERE source NOT IN ('CRM', 'META', 'FIRST_CLICK')
   OR service NOT IN ('ONE_STOP_BUS', 'THETFORD_WORKS', 'META', 'FIRST_CLICK')
   OR topic NOT IN ('BENEFITS', 'TAX', 'HOUSING', 'EMPLOYMENT_SKILLS', 'OTHER', 'UNMAPPED');

-- check: transactions_location_exists
SELECT t.transaction_key, t.location_code FROM transactions t ANTI JOIN locations l USING (location_code);

-- check: transactions_person_exists
SELECT t.transaction_key FROM transactions t
WHERE t.person_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM persons p WHERE p.person_key = t.person_key);

-- check: transactions_not_after_as_of
SELECT transaction_key, transaction_date FROM transactions WHERE transaction_date > getvariable('as_of');

-- check: crm_fresh (warning)
SELECT 'CRM' AS source, max(transaction_date) AS newest FROM transactions WHERE source = 'CRM'
HAVING max(transaction_date) IS NULL OR max(transaction_date) < getvariable('as_of') - getvariable('freshness_days');

-- check: meta_fresh (warning)
SELECT 'META' AS source, max(transaction_date) AS newest FROM transactions WHERE source = 'META'
HAVING max(transaction_date) IS NULL OR max(transaction_date) < getvariable('as_of') - getvariable('freshness_days');
