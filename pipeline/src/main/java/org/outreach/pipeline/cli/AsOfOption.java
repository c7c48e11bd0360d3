package org.outreach.pipeline.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import picocli.CommandLine.Option;

/** {@code --as-of} of the commands that run the nightly job, and its default. */
class AsOfOption {

    @Option(names = "--as-of", paramLabel = "yyyy-MM-dd",
            description = "last day whose events count (default: today, Europe/London)")
    LocalDate asOf;

    LocalDate date() {
        return asOf != null ? asOf : LocalDate.now(ZoneId.of("Europe/London"));
    }
}
