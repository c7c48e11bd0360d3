package org.outreach.transform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.outreach.transform.indicators.BusOperationsIndicators;
import org.outreach.transform.indicators.FirstClickIndicators;
import org.outreach.transform.indicators.IndicatorDefinitions;
import org.outreach.transform.indicators.MetaCaseIndicators;
import org.outreach.transform.indicators.MultiServiceIndicators;
import org.outreach.transform.indicators.ReferralIndicators;
import org.outreach.transform.indicators.UptakeIndicators;
import org.outreach.transform.indicators.ValueForMoneyIndicators;
import org.outreach.transform.indicators.WorksIndicators;
import org.outreach.transform.intermediate.ScheduleCalendar;
import org.outreach.transform.marts.Bookings;
import org.outreach.transform.marts.BusSchedule;
import org.outreach.transform.marts.BusVisits;
import org.outreach.transform.marts.Calendar;
import org.outreach.transform.marts.FirstClickTransactions;
import org.outreach.transform.marts.MetaCases;
import org.outreach.transform.marts.MetaTransactions;
import org.outreach.transform.marts.Persons;
import org.outreach.transform.marts.ProgrammeEvents;
import org.outreach.transform.marts.Referrals;
import org.outreach.transform.marts.Transactions;
import org.outreach.transform.staging.NewestVersion;

/**
 * The only class of transform that reads and writes: raw lake in, marts and the long
 * {@code indicator_values} dataset out, under the run's own output folder. A summary file
 * written last tells the launcher the run is complete.
 */
public final class TransformJob {

    public static final String SUMMARY_FILE = "_OUTREACH_SUMMARY";

    private final SparkSession spark;
    private final TransformArguments arguments;

    public TransformJob(SparkSession spark, TransformArguments arguments) {
        this.spark = spark;
        this.arguments = arguments;
    }

    public void run() {
        RawLake raw = new RawLake(spark, arguments.lake());
        Dataset<Row> crmTransactions = NewestVersion.of(
                raw.read("crm/service_transaction", RawSchemas.CRM_SERVICE_TRANSACTION), "transaction_id", "updated_at");
        Dataset<Row> crmCustomers = NewestVersion.of(
                raw.read("crm/customer", RawSchemas.CRM_CUSTOMER), "customer_id", "updated_at");
        Dataset<Row> metaCases = NewestVersion.of(raw.read("meta/meta_case", RawSchemas.META_CASE), "case_ref",
                "last_modified").cache();
        Dataset<Row> metaContacts = NewestVersion.of(raw.read("meta/meta_contact", RawSchemas.META_CONTACT),
                "contact_id", "last_modified");
        Dataset<Row> bookings = raw.read("firstclick/bookings", RawSchemas.FIRST_CLICK_BOOKINGS).cache();
        Dataset<Row> referrals = raw.read("referrals/referrals", RawSchemas.REFERRALS);
        Dataset<Row> worksEvents = raw.read("works/events", RawSchemas.WORKS_EVENTS);
        Dataset<Row> schedule = raw.read("bus/schedule", RawSchemas.BUS_SCHEDULE);
        Dataset<Row> visits = raw.read("bus/visits", RawSchemas.BUS_VISITS);
        Dataset<Row> serviceCodes = raw.read("reference/service_codes", RawSchemas.SERVICE_CODES);
        Dataset<Row> funding = raw.read("reference/funding", RawSchemas.FUNDING);
        Dataset<Row> locations = raw.read("reference/locations", RawSchemas.LOCATIONS);
        Dataset<Row> scheduled = ScheduleCalendar.scheduledVisits(schedule, arguments.asOf()).cache();

        Dataset<Row> transactions = Transactions.fromCrm(crmTransactions, crmCustomers, serviceCodes, arguments.asOf())
                .unionByName(MetaTransactions.fromContacts(metaContacts, metaCases, arguments.asOf()))
                .unionByName(FirstClickTransactions.fromBookings(bookings, arguments.asOf()))
                .cache();
        Dataset<Row> indicatorValues = UptakeIndicators.compute(transactions)
                .unionByName(MetaCaseIndicators.compute(metaCases, arguments.asOf()))
                .unionByName(WorksIndicators.compute(worksEvents, arguments.asOf()))
                .unionByName(FirstClickIndicators.compute(bookings, arguments.asOf()))
                .unionByName(ReferralIndicators.compute(referrals, arguments.asOf()))
                .unionByName(BusOperationsIndicators.compute(scheduled, visits, transactions, arguments.asOf(),
                        arguments.reviewThreshold()))
                .unionByName(MultiServiceIndicators.compute(transactions))
                .unionByName(ValueForMoneyIndicators.compute(funding, transactions, arguments.asOf()))
                .cache();

        write(transactions, "marts/transactions");
        write(MetaCases.mart(metaCases), "marts/meta_cases");
        write(BusVisits.mart(visits, scheduled), "marts/bus_visits");
        write(BusSchedule.mart(schedule, arguments.asOf()), "marts/bus_schedule");
        write(scheduled, "marts/scheduled_visits");
        write(ProgrammeEvents.mart(worksEvents), "marts/programme_events");
        write(Bookings.mart(bookings), "marts/bookings");
        write(Referrals.mart(referrals), "marts/referrals");
        write(Persons.mart(transactions), "marts/persons");
        write(locations, "marts/locations");
        write(Calendar.mart(spark, arguments.asOf()), "marts/calendar");
        write(indicatorValues, "indicator_values");
        write(IndicatorDefinitions.of(spark), "indicator_definitions");
        long rowsRead = crmTransactions.count() + crmCustomers.count() + metaCases.count() + metaContacts.count()
                + bookings.count() + referrals.count() + worksEvents.count() + schedule.count() + visits.count();
        writeSummary(rowsRead, indicatorValues.count());
    }

    private void write(Dataset<Row> rows, String name) {
        rows.coalesce(1).write().mode(SaveMode.Overwrite).parquet(arguments.output() + "/" + name);
    }

    private void writeSummary(long rowsRead, long rowsWritten) {
        Path summary = new Path(arguments.output() + "/" + SUMMARY_FILE);
        String text = "rows.read=" + rowsRead + "\nrows.written=" + rowsWritten + "\nas-of=" + arguments.asOf() + "\n";
        try {
            FileSystem fs = summary.getFileSystem(spark.sparkContext().hadoopConfiguration());
            try (OutputStream out = fs.create(summary, true)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + summary, e);
        }
    }
}
