package org.outreach.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The warehouse's objects in load order (SQL files, one object each, and the tables of the
 * transform's declared datasets), and its quality checks.
 */
public final class WarehouseSchema {

    private static final String ROOT = "/org/outreach/warehouse/sql/";
    private static final String DATASET = "dataset ";

    /** One object of the warehouse: its name in error messages, and the SQL that creates it. */
    record WarehouseObject(String name, String sql) {
    }

    private WarehouseSchema() {
    }

    static List<WarehouseObject> objects() {
        return index("objects.txt").stream()
                .map(entry -> entry.startsWith(DATASET) ? new WarehouseObject(entry, declaredTable(entry).sql())
                        : new WarehouseObject(entry, sql(entry)))
                .toList();
    }

    /** The tables loaded from the transform's output, each one of its declared datasets, in load order. */
    public static List<DeclaredTable> declaredTables() {
        return index("objects.txt").stream().filter(entry -> entry.startsWith(DATASET))
                .map(WarehouseSchema::declaredTable).toList();
    }

    private static DeclaredTable declaredTable(String entry) {
        return DeclaredTable.parse(entry.substring(DATASET.length()));
    }

    /** The quality gate's check files, in the order they run. */
    public static List<String> checkFiles() {
        return index("checks.txt");
    }

    private static List<String> index(String file) {
        return read(file).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    public static String sql(String file) {
        return read(file);
    }

    private static String read(String file) {
        try (InputStream in = WarehouseSchema.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("missing warehouse SQL resource " + ROOT + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ROOT + file, e);
        }
    }
}
