-- Quality checks on meta_cases. Each query returns the offending rows; none means pass.

-- check: meta_cases_key_unique
SELECT case_ref, count(*) AS copies FROM meta_cases GROUP BY case_ref HAVING count(*) > 1;

-- check: meta_cases_not_null
SELECT case_ref, office_code, opened_on, topic FROM meta_cases
WHERE case_ref IS NULL OR office_code IS NULL OR opened_on IS NULL OR topic IS NULL;

-- check: meta_cases_office_exists
SELECT c.case_ref, c.office_code FROM meta_cases c ANTI JOIN locations l ON l.location_code = c.office_code;

-- check: meta_cases_accepted_values
SELECT case_ref, topic, outcome FROM meta_cases
WHERE topic NOT IN ('BENEFITS', 'TAX', 'HOUSING', 'EMPLOYMENT_SKILLS', 'OTHER', 'UNMAPPED')
   OR outcome NOT IN ('REHOUSED', 'SHELTERED', 'RETURNED_HOME', 'BENEFIT_AWARDED', 'SIGNPOSTED', 'WITHDRAWN');

-- check: meta_cases_closed_after_opened
SELECT case_ref, opened_on, closed_on FROM meta_cases WHERE closed_on < opened_on;
