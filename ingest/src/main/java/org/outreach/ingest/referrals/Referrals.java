package org.outreach.ingest.referrals;


import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.outreach.ingest.support.ContractViolation;
import org.outreach.ingest.support.DropFile;
import org.outreach.ingest.support.Fields;
import org.outreach.ingest.support.ParquetSchema;
import org.outreach.ingest.support.SourceRecord;

/** Partner referral files (SOURCES.md section 6): the contract of one row. */
final class Referrals {

    static final Pattern FILES = Pattern.compile("(NCU|FIRE|CAB)-\\d{4}-\\d{2}\\.csv");

    private static final Set<String> TYPES = Set.of("ACCOUNT", "LOAN", "SAFETY_CHECK", "ALARM", "ADVICE");
    private static final Set<String> OUTCOMES = Set.of("COMPLETED", "DECLINED", "NO_CONTACT");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    static final ParquetSchema<Referral> COLUMNS = ParquetSchema.ofRecord("raw/referrals/referrals", Referral.class);

    private Referrals() {
    }

    static Referral referral(SourceRecord record, Fields fields, DropFile file) throws ContractViolation {
        Matcher partner = FILES.matcher(file.name());
        if (!partner.matches()) {
            throw new IllegalStateException("not a referral file: " + file.name());
        }
        String outcome = fields.text("outcome");
        if (outcome != null && !OUTCOMES.contains(outcome)) {
            throw new ContractViolation("outcome", "unknown value", outcome);
        }
        return new Referral(file.name(), record.line(), partner.group(1), fields.required("referral_id"),
                fields.optionalWholeNumber("crm_customer_id"), fields.date("referred_on", ISO),
                fields.oneOf("referral_type", TYPES), outcome, fields.optionalDate("outcome_on", ISO));
    }
}
