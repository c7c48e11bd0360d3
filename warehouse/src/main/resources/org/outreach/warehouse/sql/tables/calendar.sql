-- The calendar mart.
CREATE OR REPLACE TABLE calendar AS
SELECT date, weekday, month, financial_year
FROM read_parquet(getvariable('run_output') || '/marts/calendar/*.parquet');

COMMENT ON TABLE calendar IS 'One row per date from the programme''s first funded year (2009-04-01) to the as-of date, with its reporting periods.';
COMMENT ON COLUMN calendar.date IS 'The date.';
COMMENT ON COLUMN calendar.weekday IS 'MON to SUN.';
COMMENT ON COLUMN calendar.month IS 'Its month, yyyy-MM.';
COMMENT ON COLUMN calendar.financial_year IS 'Its UK financial year (April to March), e.g. 2010/11.';
