-- Quality checks on bus_visits. Each query returns the offending rows; none means pass.

-- check: bus_visits_key_unique (blocking; the mart's key: one row per stop and date, the newest file of a month replaces it)
SELECT location_code, visit_date, count(*) AS copies FROM bus_visits GROUP BY ALL HAVING count(*) > 1;

-- check: bus_visits_not_null (blocking; SOURCES.md 3: visit_date, location_code and status are required, else quarantined)
SELECT visit_date, location_code, status FROM bus_visits
WHERE visit_date IS NULL OR location_code IS NULL OR status IS NULL;

-- check: bus_visits_location_exists (blocking; SOURCES.md 3 and 7: a stop is a location of reference/locations.csv, the project's own data)
SELECT v.location_code, v.visit_date FROM bus_visits v ANTI JOIN locations l USING (location_code);

-- check: bus_visits_accepted_values (blocking; SOURCES.md 3 and rule 25: status COMPLETED or CANCELLED after quarantine)
SELECT location_code, visit_date, status FROM bus_visits WHERE status NOT IN ('COMPLETED', 'CANCELLED');

-- check: bus_visits_unscheduled (warning; INDICATORS.md rule 12: an unscheduled visit row with status COMPLETED counts in completed_visits)
SELECT location_code, visit_date, status, source_file, source_line FROM bus_visits
WHERE NOT scheduled AND visit_date <= getvariable('as_of')
ORDER BY visit_date, location_code;

-- check: bus_fresh (warning; operations: newest visit within outreach.quality.freshness-days of the as-of date)
SELECT 'BUS' AS source, max(visit_date) AS newest FROM bus_visits
HAVING max(visit_date) IS NULL OR max(visit_date) < getvariable('as_of') - getvariable('freshness_days');
