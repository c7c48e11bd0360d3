package org.outreach.warehouse.pack;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.outreach.datasets.IndicatorKind;
import org.outreach.datasets.IndicatorUnit;
import org.outreach.warehouse.DuckDbFiles;
import org.outreach.warehouse.Publication;

/**
 * What one period's funder pack is made of, read from the published warehouse in one
 * read-only connection, so every part comes from the same file.
 *
 * @param values      the period's rows (rule 23), in indicator_values' own order
 * @param definitions every indicator_definitions row, by indicator
 * @param locations   every location's name, by location_code
 * @param columns     indicator_values' column comments, by column, for the CSV's metadata
 * @param sourceRows  row counts of the fact tables behind the figures, for the manifest
 */
record PackContents(String runId, LocalDate asOf, List<IndicatorValue> values,
                    Map<String, IndicatorDefinition> definitions, Map<String, String> locations,
                    Map<String, String> columns, Map<String, Long> sourceRows) {

    private static final List<String> TRANSACTION_SOURCES = List.of("CRM", "META", "FIRST_CLICK");
    private static final List<String> FACT_TABLES = List.of("meta_cases", "bus_visits", "programme_events", "bookings",
            "referrals");

    static PackContents read(Path warehouseFile, Period period) throws SQLException {
        try (Connection connection = DuckDbFiles.readOnly(warehouseFile)) {
            Publication publication = publication(connection);
            return new PackContents(publication.runId(), publication.asOf(), values(connection, period),
                    definitions(connection), locations(connection), columns(connection), sourceRows(connection));
        }
    }

    /** Rule 23: a financial year's pack holds its FY rows and its months' rows; a month's, that month's. */
    private static List<IndicatorValue> values(Connection connection, Period period) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT indicator, service, location_code, topic, partner, period_type, period, value, numerator,"
                        + " denominator FROM indicator_values"
                        + " WHERE (period_type = ? AND period = ?) OR (period_type = 'MONTH' AND period BETWEEN ? AND ?)"
                        + " ORDER BY indicator, service, period_type, period, location_code, topic, partner")) {
            query.setString(1, period.type().name());
            query.setString(2, period.label());
            query.setString(3, period.first().toString());
            query.setString(4, period.last().toString());
            List<IndicatorValue> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(new IndicatorValue(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                            figure(rows, 8), figure(rows, 9), figure(rows, 10)));
                }
            }
            return values;
        }
    }

    private static Double figure(ResultSet rows, int column) throws SQLException {
        double figure = rows.getDouble(column);
        return rows.wasNull() ? null : figure;
    }

    private static Map<String, IndicatorDefinition> definitions(Connection connection) throws SQLException {
        Map<String, IndicatorDefinition> definitions = new TreeMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT indicator, label, kind, unit, definition FROM indicator_definitions")) {
            while (rows.next()) {
                String indicator = rows.getString(1);
                definitions.put(indicator, new IndicatorDefinition(indicator, rows.getString(2),
                        known(IndicatorKind.class, indicator, "kind", rows.getString(3)),
                        known(IndicatorUnit.class, indicator, "unit", rows.getString(4)), rows.getString(5)));
            }
        }
        return definitions;
    }

    private static <E extends Enum<E>> E known(Class<E> type, String indicator, String column, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("indicator_definitions gives " + indicator + " the unknown " + column + " "
                    + value + " (expected one of " + Arrays.toString(type.getEnumConstants()) + ")", e);
        }
    }

    private static Map<String, String> locations(Connection connection) throws SQLException {
        Map<String, String> names = new TreeMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT location_code, name FROM locations")) {
            while (rows.next()) {
                names.put(rows.getString(1), rows.getString(2));
            }
        }
        return names;
    }

    /** The warehouse documents each column once (COMMENT ON); the CSV's metadata repeats that text. */
    private static Map<String, String> columns(Connection connection) throws SQLException {
        Map<String, String> comments = new TreeMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT column_name, comment FROM duckdb_columns()"
                     + " WHERE table_name = 'indicator_values' AND comment IS NOT NULL")) {
            while (rows.next()) {
                comments.put(rows.getString(1), rows.getString(2));
            }
        }
        return comments;
    }

    /** The run that built the warehouse (one row). */
    private static Publication publication(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT run_id, as_of FROM publication")) {
            if (!rows.next()) {
                throw new IllegalStateException("the warehouse's publication table is empty: no run built it");
            }
            return new Publication(rows.getString(1), rows.getObject(2, LocalDate.class));
        }
    }

    private static Map<String, Long> sourceRows(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String source : TRANSACTION_SOURCES) {
                counts.put("transactions_" + source.toLowerCase(Locale.ROOT), count(statement,
                        "SELECT count(*) FROM transactions WHERE source = '" + source + "'"));
            }
            for (String table : FACT_TABLES) {
                counts.put(table, count(statement, "SELECT count(*) FROM " + table));
            }
        }
        return counts;
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
