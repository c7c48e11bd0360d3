package org.outreach.warehouse.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.outreach.warehouse.WarehouseSchema;

/**
 * Reads the check files: each check is a {@code -- check: name} line, optionally followed by
 * {@code (warning)}, then one query up to the next check. Lines before the first check are
 * the file's description; comment lines within a check explain it and are not part of the query.
 */
public final class QualityChecks {

    private static final Pattern HEADER = Pattern.compile("^-- check: ([a-z0-9_]+)( \\(warning\\))?\\s*$");

    private QualityChecks() {
    }

    /** Every check the warehouse declares, in the order of {@code checks.txt}. */
    public static List<QualityCheck> all() {
        List<QualityCheck> checks = new ArrayList<>();
        for (String file : WarehouseSchema.checkFiles()) {
            checks.addAll(parse(file, WarehouseSchema.sql(file)));
        }
        return checks;
    }

    static List<QualityCheck> parse(String file, String text) {
        List<QualityCheck> checks = new ArrayList<>();
        String name = null;
        QualityCheck.Severity severity = null;
        StringBuilder sql = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            Matcher header = HEADER.matcher(line);
            if (header.matches()) {
                add(checks, file, name, severity, sql);
                name = header.group(1);
                severity = header.group(2) == null ? QualityCheck.Severity.BLOCKING : QualityCheck.Severity.WARNING;
                sql.setLength(0);
            } else if (name != null && !line.strip().startsWith("--")) {
                sql.append(line).append('\n');
            }
        }
        add(checks, file, name, severity, sql);
        return checks;
    }

    private static void add(List<QualityCheck> checks, String file, String name, QualityCheck.Severity severity,
                            StringBuilder sql) {
        if (name == null) {
            return;
        }
        String query = sql.toString().strip();
        if (query.endsWith(";")) {
            query = query.substring(0, query.length() - 1);
        }
        if (query.isBlank() || query.contains(";")) {
            throw new IllegalStateException("check " + name + " in " + file + " must hold exactly one query");
        }
        checks.add(new QualityCheck(name, file, severity, query));
    }
}
