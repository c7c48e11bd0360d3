-- The referrals mart.
CREATE OR REPLACE TABLE referrals AS
SELECT partner, referral_id, crm_customer_id, referred_on, referral_type, outcome, outcome_on
FROM read_parquet(getvariable('run_output') || '/marts/referrals/*.parquet');

COMMENT ON TABLE referrals IS 'One row per referral to a partner: Norfolk Credit Union (NCU), Norfolk Fire and Rescue (FIRE), Citizens Advice (CAB).';
COMMENT ON COLUMN referrals.partner IS 'NCU, FIRE or CAB.';
COMMENT ON COLUMN referrals.referral_id IS 'The partners referral id.';
COMMENT ON COLUMN referrals.crm_customer_id IS 'The council CRM customer the referral came from; NULL if not recorded.';
COMMENT ON COLUMN referrals.referred_on IS 'Date of the referral.';
COMMENT ON COLUMN referrals.referral_type IS 'ACCOUNT, LOAN, SAFETY_CHECK, ALARM or ADVICE.';
COMMENT ON COLUMN referrals.outcome IS 'COMPLETED, DECLINED or NO_CONTACT; NULL while pending.';
COMMENT ON COLUMN referrals.outcome_on IS 'Date of the outcome.';
