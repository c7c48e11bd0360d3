-- Quality checks on bus_visits. Each query returns the offending rows; none means pass.

-- check: bus_visits_key_unique
SELECT location_code, visit_date, count(*) AS copies FROM bus_visits GROUP BY ALL HAVING count(*) > 1;

-- check: bus_visits_not_null
SELECT visit_date, location_code, status FROM bus_visits
WHERE visit_date IS NULL OR location_code IS NULL OR status IS NULL;

-- check: bus_visits_location_exists
SELECT v.location_code, v.visit_date FROM bus_visits v ANTI JOIN locations l USING (location_code);

-- check: bus_visits_accepted_values
SELECT location_code, visit_date, status FROM bus_visits WHERE status NOT IN ('COMPLETED', 'CANCELLED');

-- check: bus_fresh (warning)
SELECT 'BUS' AS source, max(visit_date) AS newest FROM bus_visits
HAVING max(visit_date) IS NULL OR max(visit_date) < getvariable('as_of') - getvariable('freshness_days');
