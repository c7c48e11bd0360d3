-- Quality checks on persons and locations, the dimensions the facts point to.

-- check: persons_key_unique (blocking; the mart's key: one row per person key)
SELECT person_key, count(*) AS copies FROM persons GROUP BY person_key HAVING count(*) > 1;

-- check: persons_key_not_null (blocking; the mart's key: persons are the keyed persons of the transactions)
SELECT * FROM persons WHERE person_key IS NULL;

-- check: locations_key_unique (blocking; SOURCES.md 7: location_code identifies a location of reference/locations.csv)
SELECT location_code, count(*) AS copies FROM locations GROUP BY location_code HAVING count(*) > 1;

-- check: calendar_key_unique (blocking; the mart's key: one row per date)
SELECT date, count(*) AS copies FROM calendar GROUP BY date HAVING count(*) > 1;
