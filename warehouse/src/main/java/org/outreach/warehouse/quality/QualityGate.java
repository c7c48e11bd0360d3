package org.outreach.warehouse.quality;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.outreach.warehouse.DuckDbFiles;

/**
 * Runs every declared check against a newly built warehouse file, before it is published,
 * and records the results in its {@code quality_results} table.
 */
public final class QualityGate {

    private static final int EXAMPLE_LENGTH = 300;

    private final List<QualityCheck> checks;
    private final int freshnessDays;

    /** @param freshnessDays a source whose newest record is older than this before the as-of date warns */
    public QualityGate(List<QualityCheck> checks, int freshnessDays) {
        this.checks = List.copyOf(checks);
        this.freshnessDays = freshnessDays;
    }

    public QualityGate(int freshnessDays) {
        this(QualityChecks.all(), freshnessDays);
    }

    /** @param runOutput the transform output the file was built from, for reconciliation */
    public QualityReport check(Path building, Path runOutput) throws SQLException {
        try (Connection connection = DuckDbFiles.readWrite(building);
             Statement statement = connection.createStatement()) {
            statement.execute("SET VARIABLE run_output = "
                    + DuckDbFiles.literal(runOutput.toAbsolutePath().toString()));
            statement.execute("SET VARIABLE run_id = (SELECT run_id FROM publication)");
            statement.execute("SET VARIABLE as_of = (SELECT as_of FROM publication)");
            statement.execute("SET VARIABLE freshness_days = " + freshnessDays);
            List<QualityResult> results = new ArrayList<>();
            for (QualityCheck check : checks) {
                results.add(run(statement, check));
            }
            record(connection, results);
            return new QualityReport(results);
        }
    }

    private static QualityResult run(Statement statement, QualityCheck check) throws SQLException {
        try (ResultSet rows = statement.executeQuery(check.sql())) {
            if (!rows.next()) {
                return new QualityResult(check, 0, null);
            }
            String example = describe(rows);
            long count = 1;
            while (rows.next()) {
                count++;
            }
            return new QualityResult(check, count, example);
        } catch (SQLException e) {
            throw new SQLException("quality check " + check.name() + " in " + check.file() + ": " + e.getMessage(), e);
        }
    }

    private static String describe(ResultSet row) throws SQLException {
        ResultSetMetaData columns = row.getMetaData();
        List<String> pairs = new ArrayList<>();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            pairs.add(columns.getColumnLabel(i) + "=" + row.getString(i));
        }
        String example = String.join(", ", pairs);
        return example.length() > EXAMPLE_LENGTH ? example.substring(0, EXAMPLE_LENGTH) + "..." : example;
    }

    private static void record(Connection connection, List<QualityResult> results) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO quality_results"
                + " (run_id, check_name, check_file, severity, status, failing_rows, example, checked_at, rule)"
                + " SELECT run_id, ?, ?, ?, ?, ?, ?, localtimestamp, ? FROM publication")) {
            for (QualityResult result : results) {
                insert.setString(1, result.check().name());
                insert.setString(2, result.check().file());
                insert.setString(3, result.check().severity().name());
                insert.setString(4, result.passed() ? "PASSED" : "FAILED");
                insert.setLong(5, result.failingRows());
                insert.setString(6, result.example());
                insert.setString(7, result.check().rule());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
