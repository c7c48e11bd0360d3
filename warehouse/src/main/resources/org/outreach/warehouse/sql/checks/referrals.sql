-- Quality checks on referrals. Each query returns the offending rows.

-- check: referrals_key_unique (blocking; the mart's key: one row per partner and referral_id, a re-sent month replaces its month)
SELECT partner, referral_id, count(*) AS copies FROM referrals GROUP BY ALL HAVING count(*) > 1;

-- check: referrals_not_null (blocking; SOURCES.md 6: referral_id, referred_on and referral_type are required, else quarantined)
SELECT partner, referral_id, referred_on, referral_type FROM referrals
WHERE partner IS NULL OR referral_id IS NULL OR referred_on IS NULL OR referral_type IS NULL;

-- check: referrals_accepted_values (blocking; SOURCES.md 6 and rule 25: partners, types and outcomes as listed, after quarantine)
SELECT partner, referral_id, referral_type, outcome FROM referrals
WHERE partner NOT IN ('NCU', 'FIRE', 'CAB')
   OR referral_type NOT IN ('ACCOUNT', 'LOAN', 'SAFETY_CHECK', 'ALARM', 'ADVICE')
   OR outcome NOT IN ('COMPLETED', 'DECLINED', 'NO_CONTACT');

-- check: referrals_without_crm_customer (warning; SOURCES.md 6: crm_customer_id may be empty)
SELECT partner, referral_id, referred_on FROM referrals
WHERE crm_customer_id IS NULL
ORDER BY referred_on, partner, referral_id;

-- check: referrals_outcome_after_as_of (warning; INDICATORS.md rule 26 and the README's choice: an outcome dated after the as-of date was still pending then)
SELECT partner, referral_id, referred_on, outcome, outcome_on FROM referrals
WHERE outcome_on > getvariable('as_of')
ORDER BY outcome_on, partner, referral_id;

-- check: referrals_fresh (warning; operations: each partner's newest referral within outreach.quality.freshness-days of the as-of date)
SELECT partner, max(referred_on) AS newest FROM referrals GROUP BY partner
HAVING max(referred_on) < getvariable('as_of') - getvariable('freshness_days');
