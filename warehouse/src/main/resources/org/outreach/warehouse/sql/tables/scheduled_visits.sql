-- The scheduled_visits mart.
CREATE OR REPLACE TABLE scheduled_visits AS
SELECT location_code, visit_date, arrive
FROM read_parquet(getvariable('run_output') || '/marts/scheduled_visits/*.parquet');

COMMENT ON TABLE scheduled_visits IS 'One row per visit the bus schedule implies (stop, date, arrival), from each schedule row''s weekday, weeks of the month and validity, up to the as-of date. Answers: was this stop on the schedule on date D.';
COMMENT ON COLUMN scheduled_visits.location_code IS 'The stop.';
COMMENT ON COLUMN scheduled_visits.visit_date IS 'A date the schedule valid then planned the stop.';
COMMENT ON COLUMN scheduled_visits.arrive IS 'Planned arrival time, HH:mm.';
