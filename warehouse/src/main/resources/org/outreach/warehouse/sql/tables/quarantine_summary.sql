-- Quarantined records, summarised: read from the lake's quarantine (getvariable('quarantine')
-- names its Parquet files, or an empty file when there are none).
CREATE OR REPLACE TABLE quarantine_summary AS
SELECT source, origin, field, reason, count(*) AS records, max(run_id) AS last_run
FROM read_parquet(getvariable('quarantine'), union_by_name = true)
GROUP BY ALL
ORDER BY source, origin, field, reason;

COMMENT ON TABLE quarantine_summary IS 'Operational: records that broke the source contract (SOURCES.md), kept out of every figure, counted by source, file or table, field and reason. The records themselves, with line or key and masked value, are in the lake under raw/_quarantine.';
COMMENT ON COLUMN quarantine_summary.source IS 'crm, meta, bus, works, firstclick, referrals or reference.';
COMMENT ON COLUMN quarantine_summary.origin IS 'The file name, or the table.';
COMMENT ON COLUMN quarantine_summary.field IS 'The field that broke the contract; (record) or (line) when the record could not be split into fields.';
COMMENT ON COLUMN quarantine_summary.reason IS 'Why, e.g. unknown value, unparseable date, orphan: no such case.';
COMMENT ON COLUMN quarantine_summary.records IS 'How many records.';
COMMENT ON COLUMN quarantine_summary.last_run IS 'The latest run that quarantined one of them.';
