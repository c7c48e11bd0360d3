package org.outreach.transform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
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
import org.outreach.transform.intermediate.ClientDays;
import org.outreach.transform.intermediate.ClientYears;
import org.outreach.transform.intermediate.ScheduleCalendar;
import org.outreach.transform.intermediate.TransactionDays;
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
        ShufflePartitions.choose(spark.sparkContext().isLocal(),
                        spark.sparkContext().getConf().contains("spark.sql.shuffle.partitions"), raw.bytes(),
                        spark.sparkContext().defaultParallelism())
                .ifPresent(partitions -> spark.conf().set("spark.sql.shuffle.partitions", partitions));
        RowCounter rowsRead = new RowCounter();
        Dataset<Row> crmTransactions = rowsRead.counted(NewestVersion.of(raw.read("crm/service_transaction"),
                "transaction_id", "updated_at"));
        Dataset<Row> crmCustomers = rowsRead.counted(NewestVersion.of(raw.read("crm/customer"), "customer_id",
                "updated_at"));
        Dataset<Row> metaCases = NewestVersion.of(raw.read("meta/meta_case"), "case_ref", "last_modified").cache();
        Dataset<Row> metaContacts = rowsRead.counted(NewestVersion.of(raw.read("meta/meta_contact"), "contact_id",
                "last_modified"));
        Dataset<Row> bookings = raw.read("firstclick/bookings").cache();
        Dataset<Row> referrals = raw.read("referrals/referrals");
        Dataset<Row> worksEvents = raw.read("works/events");
        Dataset<Row> schedule = raw.read("bus/schedule");
        Dataset<Row> visits = raw.read("bus/visits");
        Dataset<Row> serviceCodes = raw.read("reference/service_codes");
        Dataset<Row> funding = raw.read("reference/funding");
        Dataset<Row> locations = raw.read("reference/locations");
        Dataset<Row> scheduled = ScheduleCalendar.scheduledVisits(schedule, arguments.asOf()).cache();

        // Conformed once; every transaction-derived figure reads the two small tables below.
        Dataset<Row> transactions = Transactions.fromCrm(crmTransactions, crmCustomers, serviceCodes, arguments.asOf())
                .unionByName(MetaTransactions.fromContacts(metaContacts, metaCases, arguments.asOf()))
                .unionByName(FirstClickTransactions.fromBookings(bookings, arguments.asOf()))
                .cache();
        Dataset<Row> transactionDays = TransactionDays.of(transactions).cache();
        Dataset<Row> clientDays = ClientDays.of(transactions).cache();
        Dataset<Row> clientYears = ClientYears.of(clientDays);
        RowCounter rowsWritten = new RowCounter();
        Dataset<Row> indicatorValues = rowsWritten.counted(UptakeIndicators.compute(transactionDays, clientDays)
                .unionByName(MetaCaseIndicators.compute(metaCases, arguments.asOf()))
                .unionByName(WorksIndicators.compute(worksEvents, arguments.asOf()))
                .unionByName(FirstClickIndicators.compute(bookings, arguments.asOf()))
                .unionByName(ReferralIndicators.compute(referrals, arguments.asOf()))
                .unionByName(BusOperationsIndicators.compute(scheduled, visits, transactionDays, arguments.asOf(),
                        arguments.reviewThreshold()))
                .unionByName(MultiServiceIndicators.compute(transactionDays, clientYears))
                .unionByName(ValueForMoneyIndicators.compute(funding, transactionDays, clientYears,
                        arguments.asOf())));

        try (ConcurrentWrites writes = new ConcurrentWrites(arguments.output())) {
            // First the transactions mart, alone of the transaction-derived outputs: it fills
            // the conformed cache (counting the CRM and META rows read) before anything else
            // reads it. The sources' own marts count their rows as they write.
            writes.write(transactions, "marts/transactions");
            writes.write(MetaCases.mart(rowsRead.counted(metaCases)), "marts/meta_cases");
            writes.write(BusVisits.mart(rowsRead.counted(visits), scheduled), "marts/bus_visits");
            writes.write(BusSchedule.mart(rowsRead.counted(schedule), arguments.asOf()), "marts/bus_schedule");
            writes.write(scheduled, "marts/scheduled_visits");
            writes.write(ProgrammeEvents.mart(rowsRead.counted(worksEvents)), "marts/programme_events");
            writes.write(Bookings.mart(rowsRead.counted(bookings)), "marts/bookings");
            writes.write(Referrals.mart(rowsRead.counted(referrals)), "marts/referrals");
            writes.write(locations, "marts/locations");
            writes.write(Calendar.mart(spark, arguments.asOf()), "marts/calendar");
            writes.write(IndicatorDefinitions.of(spark), IndicatorDefinitions.DATASET);
            writes.awaitAll();
            writes.write(indicatorValues, "indicator_values");
            writes.write(Persons.mart(clientDays), "marts/persons");
            writes.awaitAll();
        } finally {
            for (Dataset<Row> cached : List.of(clientDays, transactionDays, transactions, scheduled, bookings,
                    metaCases)) {
                cached.unpersist();
            }
        }
        writeSummary(rowsRead.total(), rowsWritten.total());
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
