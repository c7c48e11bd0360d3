-- Reconciliation: nothing lost between the sources, the lake, the marts and the warehouse.
-- Each query returns the offending rows; a check passes when it returns none.

-- check: extract_read_equals_written_plus_quarantined (blocking; SOURCES.md: a record breaking the contract is quarantined, never lost)
-- Every record an extract step of this run read went either to the raw lake or to the quarantine.
SELECT step, rows_read, rows_written, rows_quarantined FROM run_log
WHERE run_id = getvariable('run_id') AND step LIKE '%ExtractStep' AND status = 'COMPLETED'
  AND rows_read <> rows_written + rows_quarantined;

-- check: warehouse_rows_equal_mart_rows (blocking; reconciliation: the warehouse loads the transform's marts whole)
-- Every table loaded from the transform's output holds exactly the rows of its Parquet files.
WITH loaded(name, warehouse_rows) AS (
    SELECT 'indicator_values', count(*) FROM indicator_values
    UNION ALL SELECT 'indicator_definitions', count(*) FROM indicator_definitions
    UNION ALL SELECT 'marts/transactions', count(*) FROM transactions
    UNION ALL SELECT 'marts/meta_cases', count(*) FROM meta_cases
    UNION ALL SELECT 'marts/bus_visits', count(*) FROM bus_visits
    UNION ALL SELECT 'marts/bus_schedule', count(*) FROM bus_schedule
    UNION ALL SELECT 'marts/scheduled_visits', count(*) FROM scheduled_visits
    UNION ALL SELECT 'marts/programme_events', count(*) FROM programme_events
    UNION ALL SELECT 'marts/bookings', count(*) FROM bookings
    UNION ALL SELECT 'marts/referrals', count(*) FROM referrals
    UNION ALL SELECT 'marts/persons', count(*) FROM persons
    UNION ALL SELECT 'marts/locations', count(*) FROM locations
    UNION ALL SELECT 'marts/calendar', count(*) FROM calendar),
parquet(name, parquet_rows) AS (
    -- Parquet footers hold the row counts: no data is read.
    SELECT regexp_extract(file_name, '(marts/[a-z_]+|indicator_values|indicator_definitions)/[^/]+\.parquet$', 1), sum(num_rows)
    FROM parquet_file_metadata([getvariable('run_output') || '/indicator_values/*.parquet',
                                getvariable('run_output') || '/indicator_definitions/*.parquet',
                                getvariable('run_output') || '/marts/*/*.parquet'])
    GROUP BY ALL)
SELECT name, warehouse_rows, coalesce(parquet_rows, 0) AS parquet_rows
FROM loaded LEFT JOIN parquet USING (name)
WHERE warehouse_rows <> coalesce(parquet_rows, 0);
