-- The quality gate's results for this warehouse: filled by the gate before publication.
CREATE OR REPLACE TABLE quality_results (
  run_id VARCHAR, check_name VARCHAR, check_file VARCHAR, severity VARCHAR, status VARCHAR,
  failing_rows BIGINT, example VARCHAR, checked_at TIMESTAMP, rule VARCHAR);

COMMENT ON TABLE quality_results IS 'Operational: every quality check run on this warehouse before it was published (checks live in sql/checks/, one query per check returning the offending rows).';
COMMENT ON COLUMN quality_results.run_id IS 'The run whose warehouse was checked.';
COMMENT ON COLUMN quality_results.check_name IS 'The check, e.g. transactions_key_unique, warehouse_rows_equal_mart_rows.';
COMMENT ON COLUMN quality_results.check_file IS 'The resource file declaring it, e.g. checks/transactions.sql.';
COMMENT ON COLUMN quality_results.severity IS 'BLOCKING (an invariant the pipeline guarantees: a failure stops publication) or WARNING (source data the contracts admit: recorded, shown by ./outreach status, published anyway).';
COMMENT ON COLUMN quality_results.status IS 'PASSED or FAILED.';
COMMENT ON COLUMN quality_results.failing_rows IS 'How many rows the check''s query returned (0 when passed).';
COMMENT ON COLUMN quality_results.example IS 'The first offending row, as column=value pairs; NULL when passed.';
COMMENT ON COLUMN quality_results.checked_at IS 'When the check ran (local time).';
COMMENT ON COLUMN quality_results.rule IS 'The contract rule or pipeline invariant behind the check, as its header in sql/checks/ names it, e.g. INDICATORS.md rule 12.';
