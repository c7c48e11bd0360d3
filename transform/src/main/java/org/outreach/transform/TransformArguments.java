package org.outreach.transform;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What one transform run needs, from the command line:
 * {@code --lake URI --output URI --as-of yyyy-MM-dd [--master URL]
 * [--review-threshold 2.0]}.
 * Without {@code --master} the master comes from spark-submit.
 */
public record TransformArguments(String lake, String output, LocalDate asOf, String master,
                                 double reviewThreshold) {

    public static TransformArguments parse(String... args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got: " + args[i]);
            }
            values.put(args[i].substring(2), args[++i]);
        }
        return new TransformArguments(required(values, "lake"), required(values, "output"), LocalDate.parse(required(values, "as-of")), values.get("master"),
                Double.parseDouble(values.getOrDefault("review-threshold", "2.0")));
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }
}
