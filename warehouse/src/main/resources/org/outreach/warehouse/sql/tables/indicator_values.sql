-- Every figure of INDICATORS.md, exact (no disclosure control), one row per figure.
-- Run in the DuckDB CLI after: SET VARIABLE run_output = '<lake>/runs/<run id>';
CREATE OR REPLACE TABLE indicator_values AS
SELECT indicator, service, location_code, topic, partner, period_type, period,
       CAST(value AS DOUBLE) AS value,
       CAST(numerator AS DOUBLE) AS numerator,
       CAST(denominator AS DOUBLE) AS denominator
FROM read_parquet(getvariable('run_output') || '/indicator_values/*.parquet')
ORDER BY indicator, service, period_type, period, location_code, topic, partner;

COMMENT ON TABLE indicator_values IS 'Every indicator of INDICATORS.md in long form: one row per indicator, service, location, topic, partner and period. Exact figures; funder extracts apply disclosure control.';
COMMENT ON COLUMN indicator_values.indicator IS 'Indicator id, as defined in INDICATORS.md (e.g. transactions, unique_clients).';
COMMENT ON COLUMN indicator_values.service IS 'META, ONE_STOP_BUS, THETFORD_WORKS, FIRST_CLICK, REFERRALS, or ALL.';
COMMENT ON COLUMN indicator_values.location_code IS 'A location of reference/locations.csv, or ALL (every location of the service, recomputed, not summed).';
COMMENT ON COLUMN indicator_values.topic IS 'BENEFITS, TAX, HOUSING, EMPLOYMENT_SKILLS, OTHER, UNMAPPED, or ALL.';
COMMENT ON COLUMN indicator_values.partner IS 'NCU, FIRE, CAB, keystone, workwise, flagship, or ALL.';
COMMENT ON COLUMN indicator_values.period_type IS 'MONTH or FY (UK financial year, April to March).';
COMMENT ON COLUMN indicator_values.period IS 'yyyy-MM for a month, yyyy/yy for a financial year (2010/11).';
COMMENT ON COLUMN indicator_values.value IS 'The figure: counts exact, rates and means as unrounded decimals.';
COMMENT ON COLUMN indicator_values.numerator IS 'Numerator of a rate or mean; NULL for counts.';
COMMENT ON COLUMN indicator_values.denominator IS 'Denominator of a rate or mean; NULL for counts.';
