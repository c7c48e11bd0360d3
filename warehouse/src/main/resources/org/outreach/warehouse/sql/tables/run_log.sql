-- The run log: filled by the loader from the job repository, one row per run and step.
CREATE OR REPLACE TABLE run_log (
  run_id VARCHAR, as_of DATE, execution BIGINT, step VARCHAR, status VARCHAR,
  started TIMESTAMP, ended TIMESTAMP, rows_read BIGINT, rows_written BIGINT, rows_quarantined BIGINT);

COMMENT ON TABLE run_log IS 'Operational: the nightly runs up to this warehouse''s own load, one row per run and step (from the job repository). Per extract step, rows_read = rows_written + rows_quarantined.';
COMMENT ON COLUMN run_log.run_id IS 'The run''s id (its start time, yyyyMMddTHHmmssSSS); a restarted run keeps its id.';
COMMENT ON COLUMN run_log.as_of IS 'The run''s as-of date: the last day whose events count.';
COMMENT ON COLUMN run_log.execution IS 'The job execution: a run restarted after a failure has several.';
COMMENT ON COLUMN run_log.step IS 'The step, e.g. crmTransactionExtractStep, transformStep.';
COMMENT ON COLUMN run_log.status IS 'COMPLETED, FAILED, STARTED (the load step of this very warehouse), ...';
COMMENT ON COLUMN run_log.started IS 'When the step started (local time).';
COMMENT ON COLUMN run_log.ended IS 'When it ended; NULL while running.';
COMMENT ON COLUMN run_log.rows_read IS 'Records read from the source (or rows read by the transform and the load).';
COMMENT ON COLUMN run_log.rows_written IS 'Records written: staged for the lake, committed, or loaded.';
COMMENT ON COLUMN run_log.rows_quarantined IS 'Records that broke the contract and went to the quarantine.';
