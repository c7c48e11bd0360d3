package org.outreach.ingest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Which dropped files the lake already holds, by name and checksum, so that a rerun over
 * the same inbox writes nothing and a changed file is taken again. Kept in the lake itself,
 * written only after the file's data is in place.
 */
public final class FileLedger {

    private final Path directory;

    public FileLedger(Path lake, String entity) {
        this.directory = lake.resolve("raw").resolve("_ledger").resolve(entity);
    }

    public boolean holds(DropFile file) {
        Path entry = directory.resolve(file.name() + ".sha256");
        try {
            return Files.isRegularFile(entry) && Files.readString(entry, StandardCharsets.UTF_8).strip()
                    .equals(file.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + entry, e);
        }
    }

    public void record(DropFile file) {
        try {
            Files.createDirectories(directory);
            Path temporary = directory.resolve("." + file.name() + ".sha256.tmp");
            Files.writeString(temporary, file.sha256() + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, directory.resolve(file.name() + ".sha256"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record " + file.name() + " in " + directory, e);
        }
    }
}
