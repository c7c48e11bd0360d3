package org.outreach.pipeline.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Whether last night worked, as a monitoring plugin answers (Nagios, Icinga, Zabbix, a
 * systemd {@code OnFailure=}): one line, and an exit status of 0 OK, 1 WARNING, 2 CRITICAL
 * or 3 UNKNOWN. The newest run decides a failure; the published warehouse decides the rest.
 *
 * @param status   the plugin status
 * @param message  the one line, e.g. {@code OUTREACH OK - run ... published ...}
 */
public record MonitoringVerdict(Status status, String message) {

    public enum Status {
        OK(0), WARNING(1), CRITICAL(2), UNKNOWN(3);

        private final int exitCode;

        Status(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    /** The newest run in the job repository: its id, status, and the step it failed at (if any). */
    public record LastRun(String runId, String status, Optional<String> failedStep, Optional<String> reason) {

        boolean failed() {
            return status.equals("FAILED") || status.equals("STOPPED");
        }
    }

    /** What the published warehouse holds: which run, when it was built, which warning checks failed. */
    public record Published(String runId, LocalDate asOf, LocalDateTime loadedAt, List<String> warnings) {
    }

    public static MonitoringVerdict of(Optional<LastRun> lastRun, Optional<Published> published,
                                       LocalDateTime now, Duration maxAge) {
        if (lastRun.isPresent() && lastRun.get().failed()) {
            LastRun run = lastRun.get();
            return new MonitoringVerdict(Status.CRITICAL, "run " + run.runId() + " " + run.status()
                    + run.failedStep().map(step -> " at " + step).orElse("")
                    + run.reason().map(reason -> ": " + firstLine(reason)).orElse(""));
        }
        if (published.isEmpty()) {
            return new MonitoringVerdict(Status.CRITICAL, "no warehouse published yet");
        }
        Published warehouse = published.get();
        Duration age = Duration.between(warehouse.loadedAt(), now);
        String publication = "run " + warehouse.runId() + " as of " + warehouse.asOf() + " published "
                + warehouse.loadedAt().withNano(0) + " (" + hours(age) + " ago)";
        if (age.compareTo(maxAge) > 0) {
            return new MonitoringVerdict(Status.CRITICAL, "no publication in the last " + hours(maxAge)
                    + "; the newest is " + publication);
        }
        if (!warehouse.warnings().isEmpty()) {
            return new MonitoringVerdict(Status.WARNING, publication + " with " + warehouse.warnings().size()
                    + " quality warning" + (warehouse.warnings().size() > 1 ? "s" : "") + ": "
                    + String.join(", ", warehouse.warnings()));
        }
        return new MonitoringVerdict(Status.OK, publication);
    }

    public static MonitoringVerdict unknown(String why) {
        return new MonitoringVerdict(Status.UNKNOWN, firstLine(why));
    }

    /** The plugin's line: {@code OUTREACH <STATUS> - <message>}. */
    public String line() {
        return "OUTREACH " + status + " - " + message;
    }

    public int exitCode() {
        return status.exitCode();
    }

    private static String hours(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes < 120 ? minutes + " min" : minutes / 60 + " h";
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
