package org.outreach.pipeline.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.outreach.pipeline.status.MonitoringVerdict.LastRun;
import org.outreach.pipeline.status.MonitoringVerdict.Published;
import org.outreach.pipeline.status.MonitoringVerdict.Status;

class MonitoringVerdictTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2011, 4, 1, 7, 0);
    private static final Duration MAX_AGE = Duration.ofHours(26);
    private static final LastRun COMPLETED = new LastRun("20110401T020000000", "COMPLETED", Optional.empty(),
            Optional.empty());

    @Test
    void lastNightPublishedCleanIsOk() {
        MonitoringVerdict verdict = MonitoringVerdict.of(Optional.of(COMPLETED), published(5, List.of()), NOW, MAX_AGE);

        assertThat(verdict.exitCode()).isZero();
        assertThat(verdict.line()).isEqualTo("OUTREACH OK - run 20110401T020000000 as of 2011-03-31 published"
                + " 2011-04-01T02:00 (5 h ago)");
    }

    @Test
    void publishedWithQualityWarningsIsWarning() {
        MonitoringVerdict verdict = MonitoringVerdict.of(Optional.of(COMPLETED),
                published(5, List.of("works_fresh", "referrals_fresh")), NOW, MAX_AGE);

        assertThat(verdict.status()).isEqualTo(Status.WARNING);
        assertThat(verdict.exitCode()).isEqualTo(1);
        assertThat(verdict.line()).endsWith("with 2 quality warnings: works_fresh, referrals_fresh");
    }

    @Test
    void aFailedLastRunIsCriticalEvenWithAFreshPublication() {
        LastRun failed = new LastRun("20110401T020000000", "FAILED", Optional.of("qualityGateStep"),
                Optional.of("quality gate: 1 blocking check failed\nmore detail"));

        MonitoringVerdict verdict = MonitoringVerdict.of(Optional.of(failed), published(5, List.of()), NOW, MAX_AGE);

        assertThat(verdict.exitCode()).isEqualTo(2);
        assertThat(verdict.line()).isEqualTo("OUTREACH CRITICAL - run 20110401T020000000 FAILED at qualityGateStep:"
                + " quality gate: 1 blocking check failed");
    }

    @Test
    void aPublicationOlderThanTheMaximumAgeIsCritical() {
        MonitoringVerdict verdict = MonitoringVerdict.of(Optional.of(COMPLETED), published(27, List.of()), NOW, MAX_AGE);

        assertThat(verdict.status()).isEqualTo(Status.CRITICAL);
        assertThat(verdict.message()).startsWith("no publication in the last 26 h");
    }

    @Test
    void aRunStillGoingLeavesTheVerdictToTheLastPublication() {
        LastRun running = new LastRun("20110401T060000000", "STARTED", Optional.empty(), Optional.empty());

        assertThat(MonitoringVerdict.of(Optional.of(running), published(5, List.of()), NOW, MAX_AGE).status())
                .isEqualTo(Status.OK);
    }

    @Test
    void nothingEverPublishedIsCritical() {
        assertThat(MonitoringVerdict.of(Optional.empty(), Optional.empty(), NOW, MAX_AGE).exitCode()).isEqualTo(2);
    }

    @Test
    void unknownIsThree() {
        assertThat(MonitoringVerdict.unknown("configuration: no such file\ntrace").line())
                .isEqualTo("OUTREACH UNKNOWN - configuration: no such file");
        assertThat(MonitoringVerdict.unknown("x").exitCode()).isEqualTo(3);
    }

    @Test
    void maxAgeReadsHoursMinutesDaysAndIso() {
        assertThat(MaxAge.parse("26h")).isEqualTo(Duration.ofHours(26));
        assertThat(MaxAge.parse("90m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(MaxAge.parse("2d")).isEqualTo(Duration.ofDays(2));
        assertThat(MaxAge.parse("PT26H")).isEqualTo(Duration.ofHours(26));
        assertThatThrownBy(() -> MaxAge.parse("soon")).hasMessageContaining("--max-age");
    }

    private static Optional<Published> published(int hoursAgo, List<String> warnings) {
        return Optional.of(new Published("20110401T020000000", LocalDate.of(2011, 3, 31), NOW.minusHours(hoursAgo),
                warnings));
    }
}
