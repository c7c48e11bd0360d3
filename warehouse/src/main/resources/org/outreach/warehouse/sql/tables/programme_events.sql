-- The programme_events mart.
CREATE OR REPLACE TABLE programme_events AS
SELECT partner, participant_ref, person_key, event_type, event_date, age_band, postcode_district, source_file, source_line
FROM read_parquet(getvariable('run_output') || '/marts/programme_events/*.parquet');

COMMENT ON TABLE programme_events IS 'One row per Thetford Works! partner event, mapped to the canonical event types.';
COMMENT ON COLUMN programme_events.partner IS 'The partner that reported it: keystone, workwise, flagship, or another configured one.';
COMMENT ON COLUMN programme_events.participant_ref IS 'The partner''s own reference for the participant.';
COMMENT ON COLUMN programme_events.person_key IS 'Pseudonymous key of the participant; NULL when it could not be keyed.';
COMMENT ON COLUMN programme_events.event_type IS 'SIGNED_UP, SCOPING_INTERVIEW, CV_COMPLETED, JOB_APPLICATION, WORK_CLUB, TRAINING_START or JOB_START.';
COMMENT ON COLUMN programme_events.event_date IS 'Date of the event.';
COMMENT ON COLUMN programme_events.age_band IS 'Participant''s age band on the day of the event.';
COMMENT ON COLUMN programme_events.postcode_district IS 'Outward code of the participant''s postcode.';
COMMENT ON COLUMN programme_events.source_file IS 'The partner file the event came from.';
COMMENT ON COLUMN programme_events.source_line IS 'Line (or sheet row) of that file.';
