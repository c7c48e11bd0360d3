package org.outreach.ingest.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Checks that no personal value reached the lake: in any file's bytes, or in any text column. */
public final class PersonalData {

    private PersonalData() {
    }

    public static void assertNoneIn(Path lake, String... values) throws Exception {
        try (Stream<Path> files = Files.walk(lake)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                for (String value : values) {
                    assertThat(bytes).as(file + " holds " + value).doesNotContain(value);
                }
                if (file.toString().endsWith(".parquet")) {
                    String text = LakeReader.query("SELECT * FROM read_parquet('" + file + "')").toString();
                    for (String value : values) {
                        assertThat(text).as(file + " holds " + value).doesNotContain(value);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
