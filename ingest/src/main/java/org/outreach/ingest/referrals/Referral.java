package org.outreach.ingest.referrals;

import java.time.LocalDate;

/** A referral to a partner (NCU, FIRE, CAB) and its outcome, if any yet. */
record Referral(String sourceFile, long sourceLine, String partner, String referralId, Long crmCustomerId,
                LocalDate referredOn, String referralType, String outcome, LocalDate outcomeOn) {
}
