-- Quality checks on bookings (First Click). Each query returns the offending rows.

-- check: bookings_key_unique (blocking; the mart's key: one row per booking_id, a re-sent month replaces its month)
SELECT booking_id, count(*) AS copies FROM bookings GROUP BY booking_id HAVING count(*) > 1;

-- check: bookings_not_null (blocking; SOURCES.md 5: booking_id, session_date and a matched venue are required, else quarantined)
SELECT booking_id, session_date, location_code FROM bookings
WHERE booking_id IS NULL OR session_date IS NULL OR location_code IS NULL;

-- check: bookings_location_exists (blocking; INDICATORS.md rule 10: ingest matches every venue to a location)
SELECT b.booking_id, b.location_code FROM bookings b ANTI JOIN locations l USING (location_code);

-- check: bookings_outcome_without_attendance (warning; INDICATORS.md, First Click outcomes: completed counts only if attended, feedback only over attended bookings)
-- The partner's file may say so; the figures leave such a completion and score out.
SELECT booking_id, session_date, location_code, completed, feedback FROM bookings
WHERE NOT attended AND (completed OR feedback IS NOT NULL)
ORDER BY booking_id;

-- check: first_click_fresh (warning; operations: newest booking within outreach.quality.freshness-days of the as-of date)
SELECT 'FIRST_CLICK' AS source, max(session_date) AS newest FROM bookings
HAVING max(session_date) IS NULL OR max(session_date) < getvariable('as_of') - getvariable('freshness_days');
