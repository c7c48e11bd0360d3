package org.outreach.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The warehouse files published before the current one, kept for rollback beside it in
 * {@code history/}: hard links, so keeping one costs no copy. Publishing and restoring
 * both end in an atomic rename over the published file.
 */
public final class WarehouseHistory {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS");

    private final Path published;
    private final int keep;

    public WarehouseHistory(Path published, int keep) {
        this.published = published.toAbsolutePath();
        this.keep = keep;
    }

    /** Swaps the built file in, keeping the one it replaces. */
    public void publish(Path built) throws IOException {
        if (Files.isRegularFile(published) && keep > 0) {
            Files.createDirectories(directory());
            Files.createLink(directory().resolve(name(published) + "-" + LocalDateTime.now().format(STAMP)
                    + ".duckdb"), published);
        }
        Files.move(built, published, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        List<Path> kept = list();
        for (Path old : kept.subList(0, Math.max(0, kept.size() - keep))) {
            Files.deleteIfExists(old);
        }
    }

    /** Kept files, oldest first. */
    public List<Path> list() throws IOException {
        if (!Files.isDirectory(directory())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".duckdb"))
                    .sorted(Comparator.comparing(Path::getFileName)).toList();
        }
    }

    /** Makes a kept file the published one again (the file it replaces is kept in turn). */
    public void restore(String keptName) throws IOException {
        Path kept = directory().resolve(keptName).normalize();
        if (!kept.getParent().equals(directory()) || !Files.isRegularFile(kept)) {
            throw new IllegalArgumentException("no kept warehouse named " + keptName + " in " + directory());
        }
        Path staged = published.resolveSibling(published.getFileName() + ".restoring");
        Files.deleteIfExists(staged);
        Files.createLink(staged, kept);
        publish(staged);
    }

    private Path directory() {
        return published.getParent().resolve("history");
    }

    private static String name(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".duckdb") ? name.substring(0, name.length() - ".duckdb".length()) : name;
    }
}
