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
import org.outreach.transform.indicators.UptakeIndicators;
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
        Dataset<Row> serviceCodes = spark.read().option("header", true).schema(RawSchemas.SERVICE_CODES)
                .csv(arguments.reference() + "/service-codes.csv");

        Dataset<Row> transactions = Transactions.fromCrm(crmTransactions, crmCustomers, serviceCodes, arguments.asOf())
                .cache();
        Dataset<Row> indicatorValues = UptakeIndicators.compute(transactions).cache();

        write(transactions, "marts/transactions");
        write(indicatorValues, "indicator_values");
        long rowsRead = crmTransactions.count() + crmCustomers.count();
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
