-- The bus_visits mart.
CREATE OR REPLACE TABLE bus_visits AS
SELECT visit_date, location_code, status, cancel_reason, footfall, broadband, has_notes, scheduled, source_file, source_line
FROM read_parquet(getvariable('run_output') || '/marts/bus_visits/*.parquet');

COMMENT ON TABLE bus_visits IS 'One row per visit of the One Stop Bus as the bus team reported it (the newest file of each month), and whether the schedule planned it.';
COMMENT ON COLUMN bus_visits.visit_date IS 'Date of the visit.';
COMMENT ON COLUMN bus_visits.location_code IS 'The stop (reference/locations.csv, kind BUS_STOP).';
COMMENT ON COLUMN bus_visits.status IS 'COMPLETED or CANCELLED.';
COMMENT ON COLUMN bus_visits.cancel_reason IS 'Why it was cancelled (free text from the bus team); NULL when completed.';
COMMENT ON COLUMN bus_visits.footfall IS 'People who came aboard, including those who took a leaflet only.';
COMMENT ON COLUMN bus_visits.broadband IS 'Connection at the stop that day: OK, POOR or NONE.';
COMMENT ON COLUMN bus_visits.has_notes IS 'Whether the bus team wrote notes; the notes themselves are not kept (free text may name people).';
COMMENT ON COLUMN bus_visits.scheduled IS 'Whether the schedule valid that day planned this stop that day.';
COMMENT ON COLUMN bus_visits.source_file IS 'The visits file the row came from.';
COMMENT ON COLUMN bus_visits.source_line IS 'Line of that file where the row starts.';
