-- Quality checks on indicator_values: one row per figure, every dimension known.
-- Each query returns the offending rows; a check passes when it returns none.

-- check: indicator_values_grain_unique (blocking; INDICATORS.md, Grain: one row per indicator, service, location, topic, partner and period)
SELECT indicator, service, location_code, topic, partner, period_type, period, count(*) AS copies
FROM indicator_values GROUP BY ALL HAVING count(*) > 1;

-- check: indicator_values_not_null (blocking; INDICATORS.md, Grain: every dimension and the value are set, ALL where a dimension is summed up)
SELECT * FROM indicator_values
WHERE indicator IS NULL OR service IS NULL OR location_code IS NULL OR topic IS NULL OR partner IS NULL
   OR period_type IS NULL OR period IS NULL OR value IS NULL;

-- check: indicator_values_accepted_values (blocking; INDICATORS.md, Grain: the services, topics, partners and periods it lists)
-- Works partners are configuration (SOURCES.md 4: a fourth partner needs no code): those of programme_events.
SELECT indicator, service, topic, partner, period_type, period FROM indicator_values
WHERE service NOT IN ('META', 'ONE_STOP_BUS', 'THETFORD_WORKS', 'FIRST_CLICK', 'REFERRALS', 'ALL')
   OR topic NOT IN ('BENEFITS', 'TAX', 'HOUSING', 'EMPLOYMENT_SKILLS', 'OTHER', 'UNMAPPED', 'ALL')
   OR (partner NOT IN ('NCU', 'FIRE', 'CAB', 'ALL') AND partner NOT IN (SELECT partner FROM programme_events))
   OR NOT ((period_type = 'MONTH' AND regexp_full_match(period, '\d{4}-\d{2}'))
        OR (period_type = 'FY' AND regexp_full_match(period, '\d{4}/\d{2}')));

-- check: indicator_values_defined (blocking; INDICATORS.md: each indicator has one definition, in indicator_definitions)
SELECT DISTINCT v.indicator FROM indicator_values v ANTI JOIN indicator_definitions d USING (indicator);

-- check: indicator_values_location_exists (blocking; INDICATORS.md, Grain: a location of reference/locations.csv, or ALL)
SELECT DISTINCT v.indicator, v.location_code FROM indicator_values v
WHERE v.location_code <> 'ALL' AND NOT EXISTS (SELECT 1 FROM locations l WHERE l.location_code = v.location_code);

-- check: indicator_values_rate_parts (blocking; INDICATORS.md rule 3: a rate or mean has both parts and a non-zero denominator, a count neither)
SELECT v.indicator, v.service, v.location_code, v.period, v.numerator, v.denominator
FROM indicator_values v JOIN indicator_definitions d USING (indicator)
WHERE (d.kind IN ('RATE', 'MEAN', 'COST') AND (v.numerator IS NULL OR v.denominator IS NULL OR v.denominator = 0))
   OR (d.kind NOT IN ('RATE', 'MEAN', 'COST') AND (v.numerator IS NOT NULL OR v.denominator IS NOT NULL));

-- check: indicator_definitions_unique (blocking; INDICATORS.md: one definition per indicator)
SELECT indicator, count(*) AS copies FROM indicator_definitions GROUP BY indicator HAVING count(*) > 1;
