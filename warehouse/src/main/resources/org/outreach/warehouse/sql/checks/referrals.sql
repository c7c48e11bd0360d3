-- Quality checks on referrals. Each query returns the offending rows.

-- check: referrals_key_unique
SELECT partner, referral_id, count(*) AS copies FROM referrals GROUP BY ALL HAVING count(*) > 1;

-- check: referrals_not_null
SELECT partner, referral_id, referred_on, referral_type FROM referrals
WHERE partner IS NULL OR referral_id IS NULL OR referred_on IS NULL OR referral_type IS NULL;

-- check: referrals_accepted_values
SELECT partner, referral_id, referral_type, outcome FROM referrals
WHERE partner NOT IN ('NCU', 'FIRE', 'CAB')
   OR referral_type NOT IN ('ACCOUNT', 'LOAN', 'SAFETY_CHECK', 'ALARM', 'ADVICE')
   OR outcome NOT IN ('COMPLETED', 'DECLINED', 'NO_CONTACT');

-- check: referrals_fresh (warning)
SELECT partner, max(referred_on) AS newest FROM referrals GROUP BY partner
HAVING max(referred_on) < getvariable('as_of') - getvariable('freshness_days');
