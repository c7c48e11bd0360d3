-- Quality checks on bookings (First Click). Each query returns the offending rows.

-- check: bookings_key_unique
SELECT booking_id, count(*) AS copies FROM bookings GROUP BY booking_id HAVING count(*) > 1;

-- check: bookings_not_null
SELECT booking_id, session_date, location_code FROM bookings
WHERE booking_id IS NULL OR session_date IS NULL OR location_code IS NULL;

-- check: bookings_location_exists
SELECT b.booking_id, b.location_code FROM bookings b ANTI JOIN locations l USING (location_code);

-- check: bookings_completed_only_if_attended
SELECT booking_id FROM bookings WHERE completed AND NOT attended;

-- check: first_click_fresh (warning)
SELECT 'FIRST_CLICK' AS source, max(session_date) AS newest FROM bookings
HAVING max(session_date) IS NULL OR max(session_date) < getvariable('as_of') - getvariable('freshness_days');
