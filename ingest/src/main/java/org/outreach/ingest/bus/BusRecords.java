package org.outreach.ingest.bus;


import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.outreach.ingest.support.ContractViolation;
import org.outreach.ingest.support.DropFile;
import org.outreach.ingest.support.Fields;
import org.outreach.ingest.support.ParquetSchema;
import org.outreach.ingest.support.SourceRecord;

/** The One Stop Bus files (SOURCES.md section 3): their contract and the values of their declared columns. */
final class BusRecords {

    static final Pattern SCHEDULE_FILE = Pattern.compile("bus-schedule\\.csv");
    static final Pattern VISITS_FILE = Pattern.compile("bus-visits-(\\d{4}-\\d{2})\\.csv");

    private static final Set<String> WEEKDAYS = Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT");
    private static final Set<String> STATUSES = Set.of("COMPLETED", "CANCELLED");
    private static final Set<String> BROADBAND = Set.of("OK", "POOR", "NONE");
    private static final Pattern WEEKS = Pattern.compile("ALL|((LAST|[1-5])(,(LAST|[1-5]))*)");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    static final ParquetSchema<BusScheduleRow> SCHEDULE_COLUMNS =
            ParquetSchema.ofRecord("raw/bus/schedule", BusScheduleRow.class);

    static final ParquetSchema<BusVisit> VISIT_COLUMNS = ParquetSchema.ofRecord("raw/bus/visits", BusVisit.class);

    private BusRecords() {
    }

    static BusScheduleRow scheduleRow(SourceRecord record, Fields fields, DropFile file) throws ContractViolation {
        String weeks = fields.required("weeks").replace(" ", "");
        if (!WEEKS.matcher(weeks).matches()) {
            throw new ContractViolation("weeks", "not ALL or a list of week numbers 1-5 and LAST", weeks);
        }
        LocalDate from = fields.date("valid_from", ISO);
        LocalDate to = fields.optionalDate("valid_to", ISO);
        if (to != null && to.isBefore(from)) {
            throw new ContractViolation("valid_to", "before valid_from", to.toString());
        }
        return new BusScheduleRow(file.name(), record.line(), fields.required("location_code"),
                fields.oneOf("weekday", WEEKDAYS), weeks, time(fields, "arrive"), time(fields, "depart"), from, to);
    }

    static BusVisit visit(SourceRecord record, Fields fields, DropFile file) throws ContractViolation {
        LocalDate date = fields.date("visit_date", ISO);
        Matcher month = VISITS_FILE.matcher(file.name());
        if (month.matches() && !YearMonth.from(date).toString().equals(month.group(1))) {
            throw new ContractViolation("visit_date", "outside the file's month " + month.group(1), date.toString());
        }
        String status = fields.oneOf("status", STATUSES);
        Long footfall = fields.optionalWholeNumber("footfall");
        if (footfall != null && footfall < 0) {
            throw new ContractViolation("footfall", "negative", footfall.toString());
        }
        String broadband = fields.text("broadband");
        if (broadband != null && !BROADBAND.contains(broadband)) {
            throw new ContractViolation("broadband", "unknown value", broadband);
        }
        return new BusVisit(file.name(), record.line(), date, fields.required("location_code"), status,
                fields.text("cancel_reason"), footfall, broadband, fields.text("notes") != null);
    }

    private static String time(Fields fields, String column) throws ContractViolation {
        String text = fields.required(column);
        try {
            return LocalTime.parse(text, TIME).format(TIME);
        } catch (DateTimeParseException e) {
            throw new ContractViolation(column, "not a time HH:mm", text);
        }
    }
}
