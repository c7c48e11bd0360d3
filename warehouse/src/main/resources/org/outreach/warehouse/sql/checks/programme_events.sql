-- Quality checks on programme_events (Thetford Works!). Each query returns the offending rows.

-- check: programme_events_not_null
SELECT partner, participant_ref, event_type, event_date, source_file, source_line FROM programme_events
WHERE partner IS NULL OR participant_ref IS NULL OR event_type IS NULL OR event_date IS NULL;

-- check: programme_events_accepted_values
SELECT partner, event_type, source_file, source_line FROM programme_events
WHERE event_type NOT IN ('SIGNED_UP', 'SCOPING_INTERVIEW', 'CV_COMPLETED', 'JOB_APPLICATION', 'WORK_CLUB',
                         'TRAINING_START', 'JOB_START');

-- check: works_fresh (warning)
SELECT partner, max(event_date) AS newest FROM programme_events GROUP BY partner
HAVING max(event_date) < getvariable('as_of') - getvariable('freshness_days');
