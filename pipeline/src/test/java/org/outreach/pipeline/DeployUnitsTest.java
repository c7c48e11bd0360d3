package org.outreach.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** deploy/: the systemd units systemd itself accepts, and the crontab line that mirrors them. */
class DeployUnitsTest {

    private static final Path DEPLOY = Path.of("").toAbsolutePath().getParent().resolve("deploy");
    private static final String INSTALLED_AT = "/opt/outreach";

    @TempDir
    Path units;

    @Test
    void systemdVerifiesTheServiceAndTimerInstalledAtThisCheckout() throws Exception {
        assumeTrue(onPath("systemd-analyze"), "no systemd-analyze on this machine");
        // verify checks that ExecStart exists: point the units at this checkout, as an install would.
        for (String unit : List.of("outreach-nightly.service", "outreach-nightly.timer")) {
            Files.writeString(units.resolve(unit), Files.readString(DEPLOY.resolve(unit))
                    .replace(INSTALLED_AT, DEPLOY.getParent().toString()));
        }
        Process verify = new ProcessBuilder("systemd-analyze", "verify",
                units.resolve("outreach-nightly.service").toString(), units.resolve("outreach-nightly.timer").toString())
                .redirectErrorStream(true).start();
        String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(verify.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(verify.exitValue()).as(output).isZero();
        assertThat(output).isBlank();
    }

    @Test
    void theTimerCatchesUpAMissedNightAndTheServiceRunsAsItsOwnUserWithTheConfigAndSecret() throws Exception {
        String timer = Files.readString(DEPLOY.resolve("outreach-nightly.timer"));
        String service = Files.readString(DEPLOY.resolve("outreach-nightly.service"));

        assertThat(timer).contains("Persistent=true", "OnCalendar=*-*-* 02:30:00 Europe/London");
        assertThat(service).contains("User=outreach", "UMask=0027",
                "OUTREACH_SECRET_FILE=/etc/outreach/person-key.secret",
                "ExecStart=/opt/outreach/outreach run --config /etc/outreach/outreach.yml");
    }

    @Test
    void theCrontabLineRunsTheSameCommandAtTheSameTime() throws Exception {
        String cron = Files.readString(DEPLOY.resolve("outreach.cron"));

        assertThat(cron).contains("CRON_TZ=Europe/London").containsPattern("(?m)^30\\s+2\\s+\\*\\s+\\*\\s+\\*\\s+outreach\\s")
                .contains("umask 027", "OUTREACH_SECRET_FILE=/etc/outreach/person-key.secret",
                        "./outreach run --config /etc/outreach/outreach.yml");
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
