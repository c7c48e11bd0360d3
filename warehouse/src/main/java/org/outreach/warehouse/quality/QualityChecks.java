package org.outreach.warehouse.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.outreach.warehouse.WarehouseSchema;

/**
 * Reads the check files: each check is a header line
 * {@code -- check: name (blocking; rule)} or {@code -- check: name (warning; rule)}, then one
 * query up to the next check. Lines before the first check are the file's description;
 * comment lines within a check explain it and are not part of the query.
 */
public final class QualityChecks {

    private static final Pattern HEADER = Pattern.compile("^-- check: ([a-z0-9_]+)(.*)$");
    private static final Pattern SEVERITY_AND_RULE = Pattern.compile("^ \\((blocking|warning); (\\S.*)\\)\\s*$");

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
        QualityCheck header = null;
        StringBuilder sql = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            Matcher check = HEADER.matcher(line);
            if (check.matches()) {
                add(checks, header, sql);
                header = header(file, check.group(1), check.group(2));
                sql.setLength(0);
            } else if (header != null && !line.strip().startsWith("--")) {
                sql.append(line).append('\n');
            }
        }
        add(checks, header, sql);
        return checks;
    }

    /** A check without its severity and rule would leave the operator guessing why it blocks or warns. */
    private static QualityCheck header(String file, String name, String rest) {
        Matcher severityAndRule = SEVERITY_AND_RULE.matcher(rest);
        if (!severityAndRule.matches()) {
            throw new IllegalStateException("check " + name + " in " + file
                    + " must name its severity and rule: -- check: " + name + " (blocking|warning; rule)");
        }
        return new QualityCheck(name, file,
                QualityCheck.Severity.valueOf(severityAndRule.group(1).toUpperCase(Locale.ROOT)),
                severityAndRule.group(2).strip(), null);
    }

    private static void add(List<QualityCheck> checks, QualityCheck header, StringBuilder sql) {
        if (header == null) {
            return;
        }
        String query = sql.toString().strip();
        if (query.endsWith(";")) {
            query = query.substring(0, query.length() - 1);
        }
        if (query.isBlank() || query.contains(";")) {
            throw new IllegalStateException("check " + header.name() + " in " + header.file()
                    + " must hold exactly one query");
        }
        checks.add(new QualityCheck(header.name(), header.file(), header.severity(), header.rule(), query));
    }
}
