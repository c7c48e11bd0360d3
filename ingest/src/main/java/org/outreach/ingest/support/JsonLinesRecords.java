package org.outreach.ingest.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** JSON Lines: one JSON object per line; a line that is not a JSON object is quarantined. */
public final class JsonLinesRecords implements RecordReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    @Override
    public List<SourceRecord> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UnreadableFileException(file, "cannot read as UTF-8 text (" + e.getMessage() + ")", e);
        }
        List<SourceRecord> records = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                records.add(SourceRecord.of(i + 1L, JSON.readValue(line, OBJECT)));
            } catch (JsonProcessingException e) {
                // The raw line may hold personal data: the reason names the position only.
                records.add(SourceRecord.broken(i + 1L, new ContractViolation("(line)",
                        "not a valid JSON object (column " + e.getLocation().getColumnNr() + ")", null)));
            }
        }
        return records;
    }
}
