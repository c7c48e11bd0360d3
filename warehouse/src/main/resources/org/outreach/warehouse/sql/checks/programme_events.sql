-- Quality checks on programme_events (Thetford Works!). Each query returns the offending rows.

-- check: programme_events_not_null (blocking; SOURCES.md 4: participant ref, event and date are required, else quarantined)
SELECT partner, participant_ref, event_type, event_date, source_file, source_line FROM programme_events
WHERE partner IS NULL OR participant_ref IS NULL OR event_type IS NULL OR event_date IS NULL;

-- check: programme_events_accepted_values (blocking; SOURCES.md 4 and rule 25: the canonical event types, after mapping and quarantine)
SELECT partner, event_type, source_file, source_line FROM programme_events
WHERE event_type NOT IN ('SIGNED_UP', 'SCOPING_INTERVIEW', 'CV_COMPLETED', 'JOB_APPLICATION', 'WORK_CLUB',
                         'TRAINING_START', 'JOB_START');

-- check: programme_events_job_start_before_sign_up (warning; INDICATORS.md rule 16: a JOB_START before sign-up does not count in job_start_rate)
-- Sign-up: the person's first SIGNED_UP with the same partner; events with no person key are not linked (rule 15).
WITH sign_ups AS (
    SELECT partner, person_key, min(event_date) AS signed_up_on FROM programme_events
    WHERE event_type = 'SIGNED_UP' AND person_key IS NOT NULL GROUP BY ALL)
SELECT e.partner, e.participant_ref, e.event_date AS job_start_on, s.signed_up_on, e.source_file, e.source_line
FROM programme_events e JOIN sign_ups s USING (partner, person_key)
WHERE e.event_type = 'JOB_START' AND e.event_date < s.signed_up_on
ORDER BY e.event_date, e.partner, e.participant_ref;

-- check: works_fresh (warning; operations: each partner's newest event within outreach.quality.freshness-days of the as-of date)
SELECT partner, max(event_date) AS newest FROM programme_events GROUP BY partner
HAVING max(event_date) < getvariable('as_of') - getvariable('freshness_days');
