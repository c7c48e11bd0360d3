package org.outreach.warehouse.pack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * manifest.json: what the pack is, which warehouse run it came from, and a SHA-256 per
 * data file so a funder can check what they were sent.
 *
 * @param sourceRows rows of the warehouse's fact tables behind the figures
 * @param rows       indicator rows in the pack
 */
record Manifest(String period, String periodType, String runId, String asOf, String generatedAt,
                String disclosurePolicy, Map<String, Long> sourceRows, long rows, List<FileEntry> files) {

    record FileEntry(String name, long bytes, String sha256) {

        static FileEntry of(Path file) throws IOException {
            MessageDigest sha256;
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return new FileEntry(file.getFileName().toString(), Files.size(file),
                    HexFormat.of().formatHex(sha256.digest()));
        }
    }

    void write(Path file) throws IOException {
        new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), this);
    }
}
