-- The bus_schedule mart.
CREATE OR REPLACE TABLE bus_schedule AS
SELECT location_code, weekday, weeks, arrive, depart, valid_from, valid_to, is_current
FROM read_parquet(getvariable('run_output') || '/marts/bus_schedule/*.parquet');

COMMENT ON TABLE bus_schedule IS 'The One Stop Bus schedule history as the bus team sends it (type 2): one row per stop, weekday and weeks of the month, valid from valid_from to valid_to. Stops come and go: Beeston and Sporle added, Great Ellingham and Narborough removed.';
COMMENT ON COLUMN bus_schedule.location_code IS 'The stop (reference/locations.csv, kind BUS_STOP).';
COMMENT ON COLUMN bus_schedule.weekday IS 'MON to SAT.';
COMMENT ON COLUMN bus_schedule.weeks IS 'Weeks of the month served: ALL, or a list such as 1,3; LAST is the month''s last such weekday.';
COMMENT ON COLUMN bus_schedule.arrive IS 'Arrival time, HH:mm.';
COMMENT ON COLUMN bus_schedule.depart IS 'Departure time, HH:mm.';
COMMENT ON COLUMN bus_schedule.valid_from IS 'First date the row applies.';
COMMENT ON COLUMN bus_schedule.valid_to IS 'Last date it applies; NULL while current.';
COMMENT ON COLUMN bus_schedule.is_current IS 'Whether the row is in force on the run''s as-of date.';
