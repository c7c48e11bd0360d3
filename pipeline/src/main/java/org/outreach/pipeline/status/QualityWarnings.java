package org.outreach.pipeline.status;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.outreach.warehouse.WarehouseQuery;

/**
 * The published warehouse's quality warnings, for the operator: source data the contracts
 * admit, which the figures count by the contracts' rules, each with its rule, how many rows
 * and the first of them.
 */
public final class QualityWarnings {

    static final String SQL = """
            SELECT check_name, failing_rows, rule, example FROM quality_results
            WHERE severity = 'WARNING' AND status = 'FAILED'
            ORDER BY check_file, check_name""";

    private QualityWarnings() {
    }

    public static void print(Path warehouse, PrintStream out) throws SQLException {
        List<List<Object>> warnings = new WarehouseQuery(warehouse).run(SQL).rows();
        if (warnings.isEmpty()) {
            out.println("Quality gate: no warnings.");
            return;
        }
        out.println("Quality warnings (published anyway: the contracts admit these records and say how they count;"
                + " SELECT * FROM quality_results):");
        for (List<Object> warning : warnings) {
            long rows = ((Number) warning.get(1)).longValue();
            out.printf("  %s: %d row%s (%s)%n      e.g. %s%n", warning.get(0), rows, rows == 1 ? "" : "s",
                    warning.get(2), warning.get(3));
        }
    }
}
