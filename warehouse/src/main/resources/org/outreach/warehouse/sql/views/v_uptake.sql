-- Uptake side by side: one row per service, location, topic and period, the six uptake
-- figures as columns (INDICATORS.md, "Uptake"), for the analysts' most common question.
CREATE OR REPLACE VIEW v_uptake AS
SELECT service, location_code, topic, period_type, period,
       max(value) FILTER (WHERE indicator = 'transactions') AS transactions,
       max(value) FILTER (WHERE indicator = 'anonymous_transactions') AS anonymous_transactions,
       max(value) FILTER (WHERE indicator = 'unique_clients') AS unique_clients,
       max(value) FILTER (WHERE indicator = 'new_clients') AS new_clients,
       max(value) FILTER (WHERE indicator = 'service_days') AS service_days,
       max(value) FILTER (WHERE indicator = 'clients_per_service_day') AS clients_per_service_day
FROM indicator_values
WHERE indicator IN ('transactions', 'anonymous_transactions', 'unique_clients', 'new_clients', 'service_days',
                    'clients_per_service_day')
GROUP BY service, location_code, topic, period_type, period;

COMMENT ON VIEW v_uptake IS 'Public view: the uptake figures of indicator_values side by side, one row per service, location (or ALL), topic (or ALL) and month or financial year. Exact figures; clients_per_service_day is absent (NULL) where there was no service day.';
