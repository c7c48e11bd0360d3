-- The locations mart.
CREATE OR REPLACE TABLE locations AS
SELECT location_code, name, kind, parish, district, latitude, longitude, broadband, aliases
FROM read_parquet(getvariable('run_output') || '/marts/locations/*.parquet');

COMMENT ON TABLE locations IS 'The locations of reference/locations.csv: offices, bus stops and venues.';
COMMENT ON COLUMN locations.location_code IS 'The location''s code; unique.';
COMMENT ON COLUMN locations.name IS 'Its name (also an alias for venue matching).';
COMMENT ON COLUMN locations.kind IS 'OFFICE, BUS_STOP or VENUE.';
COMMENT ON COLUMN locations.parish IS 'Parish.';
COMMENT ON COLUMN locations.district IS 'BRECKLAND or the partner''s district.';
COMMENT ON COLUMN locations.latitude IS 'Latitude, WGS84.';
COMMENT ON COLUMN locations.longitude IS 'Longitude, WGS84.';
COMMENT ON COLUMN locations.broadband IS 'Broadband coverage from surveys: GOOD, POOR or NONE.';
COMMENT ON COLUMN locations.aliases IS 'Other names, |-separated, matched case- and space-insensitively.';
