-- Which run this warehouse holds: filled by the loader, one row.
CREATE OR REPLACE TABLE publication (run_id VARCHAR, as_of DATE, loaded_at TIMESTAMP);

COMMENT ON TABLE publication IS 'Operational: the nightly run this warehouse file was built from (one row). Funder packs quote it in their manifest.';
COMMENT ON COLUMN publication.run_id IS 'The run''s id (its start time, yyyyMMddTHHmmssSSS), as in run_log.';
COMMENT ON COLUMN publication.as_of IS 'The run''s as-of date: the last day whose events count.';
COMMENT ON COLUMN publication.loaded_at IS 'When this file was built (local time).';
