-- The analysts' view of the indicators: figures with a readable period order.
CREATE OR REPLACE VIEW v_indicators AS
SELECT indicator, service, location_code, topic, partner, period_type, period, value, numerator, denominator
FROM indicator_values;

COMMENT ON VIEW v_indicators IS 'Public view of indicator_values for analysts and notebooks: exact figures, one row per figure.';
