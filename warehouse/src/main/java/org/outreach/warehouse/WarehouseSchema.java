package org.outreach.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The warehouse's SQL resources: its objects, one file each in load order, and its quality checks. */
public final class WarehouseSchema {

    private static final String ROOT = "/org/outreach/warehouse/sql/";

    private WarehouseSchema() {
    }

    static List<String> objectFiles() {
        return index("objects.txt");
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
