package org.outreach.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The warehouse's SQL objects, one resource file each, in load order. */
final class WarehouseSchema {

    private static final String ROOT = "/org/outreach/warehouse/sql/";

    private WarehouseSchema() {
    }

    static List<String> objectFiles() {
        return read("objects.txt").lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    static String sql(String file) {
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
