package org.outreach.ingest.reference;


import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.outreach.ingest.support.ContractViolation;
import org.outreach.ingest.support.DropFile;
import org.outreach.ingest.support.Fields;
import org.outreach.ingest.support.ParquetSchema;
import org.outreach.ingest.support.SourceRecord;

/** The analysts' reference files (SOURCES.md section 7), validated row by row. */
final class ReferenceRecords {

    record Location(String locationCode, String name, String kind, String parish, String district, Double latitude,
                    Double longitude, String broadband, String aliases) {
    }

    record ServiceCode(String serviceCode, String description, String topic) {
    }

    record Funding(long sourceLine, String stream, String service, LocalDate periodStart, LocalDate periodEnd,
                   BigDecimal amountGbp) {
    }

    static final Set<String> KINDS = Set.of("OFFICE", "BUS_STOP", "VENUE");
    static final Set<String> BROADBAND = Set.of("GOOD", "POOR", "NONE");
    static final Set<String> TOPICS = Set.of("BENEFITS", "TAX", "HOUSING", "EMPLOYMENT_SKILLS", "OTHER");
    static final Set<String> SERVICES = Set.of("ALL", "META", "ONE_STOP_BUS", "THETFORD_WORKS", "FIRST_CLICK",
            "REFERRALS");

    static final ParquetSchema<Location> LOCATION_COLUMNS =
            ParquetSchema.ofRecord("raw/reference/locations", Location.class);

    static final ParquetSchema<ServiceCode> SERVICE_CODE_COLUMNS =
            ParquetSchema.ofRecord("raw/reference/service_codes", ServiceCode.class);

    static final ParquetSchema<Funding> FUNDING_COLUMNS =
            ParquetSchema.ofRecord("raw/reference/funding", Funding.class);

    private ReferenceRecords() {
    }

    static Location location(SourceRecord record, Fields fields, DropFile file) throws ContractViolation {
        return new Location(fields.required("location_code"), fields.required("name"), fields.oneOf("kind", KINDS),
                fields.text("parish"), fields.text("district"), decimal(fields, "latitude"),
                decimal(fields, "longitude"), fields.oneOf("broadband", BROADBAND), fields.text("aliases"));
    }

    static ServiceCode serviceCode(SourceRecord record, Fields fields, DropFile file) throws ContractViolation {
        return new ServiceCode(fields.required("service_code"), fields.text("description"),
                fields.oneOf("topic", TOPICS));
    }

    static Funding funding(SourceRecord record, Fields fields, DropFile file) throws ContractViolation {
        LocalDate start = fields.date("period_start", DateTimeFormatter.ISO_LOCAL_DATE);
        LocalDate end = fields.date("period_end", DateTimeFormatter.ISO_LOCAL_DATE);
        if (end.isBefore(start)) {
            throw new ContractViolation("period_end", "before period_start", end.toString());
        }
        String amount = fields.required("amount_gbp");
        BigDecimal pounds;
        try {
            pounds = new BigDecimal(amount).setScale(2, RoundingMode.UNNECESSARY);
        } catch (NumberFormatException e) {
            throw new ContractViolation("amount_gbp", "not a number", amount);
        } catch (ArithmeticException e) {
            throw new ContractViolation("amount_gbp", "more than two decimal places", amount);
        }
        return new Funding(record.line(), fields.required("stream"), fields.oneOf("service", SERVICES), start, end,
                pounds);
    }

    private static Double decimal(Fields fields, String column) throws ContractViolation {
        String text = fields.text(column);
        if (text == null) {
            return null;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new ContractViolation(column, "not a number", text);
        }
    }
}
