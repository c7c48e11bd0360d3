package org.outreach.ingest.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * JSON Lines: one JSON object per line, read a line at a time; a line that is not a JSON
 * object is quarantined. Each line is parsed on its own (Jackson's MappingIterator over the
 * whole stream cannot resume after a broken line, and the next lines must still be read).
 */
public final class JsonLinesRecords implements RecordFormat {

    private static final ObjectReader OBJECT = new ObjectMapper().readerFor(Map.class);

    @Override
    public Cursor open(Path file) {
        BufferedReader lines;
        try {
            lines = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UnreadableFileException(file, "cannot read as UTF-8 text (" + e.getMessage() + ")", e);
        }
        return new Cursor() {
            private long number;

            @Override
            public SourceRecord next() {
                String line;
                do {
                    try {
                        line = lines.readLine();
                    } catch (IOException e) {
                        throw new UnreadableFileException(file, "cannot read as UTF-8 text (" + e.getMessage() + ")",
                                e);
                    }
                    number++;
                } while (line != null && line.isBlank());
                if (line == null) {
                    return null;
                }
                try {
                    Map<String, Object> values = OBJECT.readValue(line);
                    return SourceRecord.of(number, values);
                } catch (JsonProcessingException e) {
                    // The raw line may hold personal data: the reason names the position only.
                    return SourceRecord.broken(number, new ContractViolation("(line)",
                            "not a valid JSON object (column " + e.getLocation().getColumnNr() + ")", null));
                }
            }

            @Override
            public void close() {
                try {
                    lines.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot close " + file, e);
                }
            }
        };
    }
}
