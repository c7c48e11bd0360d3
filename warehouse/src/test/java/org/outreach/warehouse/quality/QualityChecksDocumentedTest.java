package org.outreach.warehouse.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's table of checks says what the SQL headers say, check by check, in their order. */
class QualityChecksDocumentedTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9_]+)` \\| (blocking|warning) \\| (.+) \\|$");

    @Test
    void theReadmeListsEveryCheckWithItsSeverityAndRule() throws Exception {
        List<String> documented = Files.readAllLines(Path.of("..", "README.md")).stream()
                .map(ROW::matcher).filter(Matcher::matches)
                .map(row -> row.group(1) + " " + row.group(2) + " " + row.group(3)).toList();

        assertThat(documented).containsExactlyElementsOf(QualityChecks.all().stream()
                .map(check -> check.name() + " " + check.severity().name().toLowerCase(Locale.ROOT) + " " + check.rule())
                .toList());
    }
}
