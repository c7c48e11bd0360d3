-- Quality checks on meta_cases. Each query returns the offending rows; none means pass.

-- check: meta_cases_key_unique (blocking; SOURCES.md 2: case_ref is the primary key, the newest version wins)
SELECT case_ref, count(*) AS copies FROM meta_cases GROUP BY case_ref HAVING count(*) > 1;

-- check: meta_cases_not_null (blocking; SOURCES.md 2: case_ref, office_code, opened_on and issue_type are NOT NULL, else quarantined)
SELECT case_ref, office_code, opened_on, topic FROM meta_cases
WHERE case_ref IS NULL OR office_code IS NULL OR opened_on IS NULL OR topic IS NULL;

-- check: meta_cases_office_exists (blocking; SOURCES.md 2 and 7: office_code is a location of reference/locations.csv, the project's own data)
SELECT c.case_ref, c.office_code FROM meta_cases c ANTI JOIN locations l ON l.location_code = c.office_code;

-- check: meta_cases_accepted_values (blocking; SOURCES.md 2 and 7: issue types mapped to topics, outcomes as listed, after quarantine)
SELECT case_ref, topic, outcome FROM meta_cases
WHERE topic NOT IN ('BENEFITS', 'TAX', 'HOUSING', 'EMPLOYMENT_SKILLS', 'OTHER')
   OR outcome NOT IN ('REHOUSED', 'SHELTERED', 'RETURNED_HOME', 'BENEFIT_AWARDED', 'SIGNPOSTED', 'WITHDRAWN');

-- check: meta_cases_closed_without_outcome (warning; INDICATORS.md rule 17: a closed case with no outcome counts in cases_closed only)
SELECT case_ref, office_code, closed_on FROM meta_cases
WHERE closed_on <= getvariable('as_of') AND outcome IS NULL
ORDER BY closed_on, case_ref;

-- check: meta_cases_closed_after_as_of (warning; INDICATORS.md rule 17: a closed_on after the as-of date means not closed)
SELECT case_ref, office_code, closed_on FROM meta_cases
WHERE closed_on > getvariable('as_of')
ORDER BY closed_on, case_ref;
