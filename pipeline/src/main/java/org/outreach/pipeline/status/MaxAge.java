package org.outreach.pipeline.status;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code --max-age}: {@code 26h}, {@code 90m}, {@code 2d}, or ISO-8601 ({@code PT26H}). */
public final class MaxAge {

    public static final String DEFAULT = "26h";
    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*([mhd])");

    private MaxAge() {
    }

    public static Duration parse(String text) {
        Matcher shortForm = SHORT.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (shortForm.matches()) {
            long amount = Long.parseLong(shortForm.group(1));
            return switch (shortForm.group(2)) {
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            return Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--max-age: expected e.g. 26h, 90m, 2d or PT26H, got " + text, e);
        }
    }
}
