-- The bookings mart.
CREATE OR REPLACE TABLE bookings AS
SELECT booking_id, session_date, location_code, person_key, age_band, postcode_district, attended, completed, feedback
FROM read_parquet(getvariable('run_output') || '/marts/bookings/*.parquet');

COMMENT ON TABLE bookings IS 'One row per First Click course booking, at its venue''s location.';
COMMENT ON COLUMN bookings.booking_id IS 'The bookings id, e.g. FC-000123.';
COMMENT ON COLUMN bookings.session_date IS 'Date of the session booked.';
COMMENT ON COLUMN bookings.location_code IS 'The venue''s location, matched through reference/locations.csv names and aliases.';
COMMENT ON COLUMN bookings.person_key IS 'Pseudonymous key of the learner; NULL when they could not be keyed.';
COMMENT ON COLUMN bookings.age_band IS 'Learner''s age band on the session date.';
COMMENT ON COLUMN bookings.postcode_district IS 'Outward code of the learner''s postcode.';
COMMENT ON COLUMN bookings.attended IS 'Whether they attended.';
COMMENT ON COLUMN bookings.completed IS 'Whether they completed the course (counts only if attended).';
COMMENT ON COLUMN bookings.feedback IS 'Feedback score 1 to 5; NULL if none.';
