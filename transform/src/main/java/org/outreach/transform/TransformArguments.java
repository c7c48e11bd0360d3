package org.outreach.transform;

import java.time.LocalDate;
import org.outreach.datasets.ReviewThreshold;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * What one transform run needs, from the command line:
 * {@code --lake URI --output URI --as-of yyyy-MM-dd [--master URL]
 * [--review-threshold RATIO]}.
 * Without {@code --master} the master comes from spark-submit.
 */
public record TransformArguments(String lake, String output, LocalDate asOf, String master,
                                 double reviewThreshold) {

    /** @throws ParameterException naming the argument that is missing, unknown or malformed */
    public static TransformArguments parse(String... args) {
        Options options = new Options();
        CommandLine commandLine = new CommandLine(options);
        commandLine.parseArgs(args);
        return new TransformArguments(nonBlank(commandLine, "--lake", options.lake),
                nonBlank(commandLine, "--output", options.output), options.asOf, options.master,
                options.reviewThreshold);
    }

    private static String nonBlank(CommandLine commandLine, String name, String value) {
        if (value.isBlank()) {
            throw new ParameterException(commandLine, "missing " + name);
        }
        return value;
    }

    @Command(name = "transform")
    static final class Options {

        @Option(names = "--lake", required = true, paramLabel = "URI", description = "the raw lake")
        String lake;

        @Option(names = "--output", required = true, paramLabel = "URI", description = "the run's output folder")
        String output;

        @Option(names = "--as-of", required = true, paramLabel = "yyyy-MM-dd", description = "the run's as-of date")
        LocalDate asOf;

        @Option(names = "--master", paramLabel = "URL", description = "Spark master; default: spark-submit's")
        String master;

        @Option(names = "--review-threshold", paramLabel = "RATIO", defaultValue = ReviewThreshold.DEFAULT,
                description = "month-on-month change that holds a figure for review")
        double reviewThreshold;
    }
}
