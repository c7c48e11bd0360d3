package org.outreach.warehouse.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.outreach.datasets.IndicatorKind;

/**
 * The funder pack for one period (docs INTERFACES.md, "Funder pack"): the period's
 * indicator_values rows after disclosure control, as CSV (with its CSV on the Web metadata),
 * XLSX and ODS, and a manifest.
 *
 * <p>The pack is written in a hidden sibling folder and renamed into place, so a reader
 * finds the old pack, the new one, or (for the instant between the two renames that
 * replace an older pack) none, never part of one.
 */
public final class FunderPack {

    static final String CSV = "indicators.csv";
    /** The name CSV on the Web gives a CSV's metadata: found beside it without being told. */
    static final String CSV_METADATA = CSV + "-metadata.json";
    static final String XLSX = "indicators.xlsx";
    static final String ODS = "indicators.ods";
    static final String MANIFEST = "manifest.json";
    /** The files the manifest fingerprints, in the order it lists them. */
    static final List<String> DATA_FILES = List.of(CSV, CSV_METADATA, XLSX, ODS);

    private final DisclosurePolicy policy;
    private final String contact;
    private final Clock clock;

    /** @param contact who funders ask about the figures, for the cover sheet */
    public FunderPack(DisclosurePolicy policy, String contact) {
        this(policy, contact, Clock.systemUTC());
    }

    FunderPack(DisclosurePolicy policy, String contact, Clock clock) {
        this.policy = policy;
        this.contact = contact;
        this.clock = clock;
    }

    /**
     * Writes {@code extractsRoot/<period.folderName()>}, replacing an older pack of the period.
     *
     * @throws NoFiguresException       the warehouse has no figures for the period (nothing is written)
     * @throws IllegalArgumentException an indicator has no definition; nothing is written
     * @throws IllegalStateException    the warehouse cannot be read, or a location with figures has no name;
     *                                  nothing is written
     * @throws UncheckedIOException     the pack cannot be written
     */
    public PackResult write(Path warehouseFile, Period period, Path extractsRoot) {
        PackContents contents;
        try {
            contents = PackContents.read(warehouseFile, period);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the warehouse " + warehouseFile + ": " + e.getMessage(), e);
        }
        if (contents.values().isEmpty()) {
            throw new NoFiguresException("no figures for " + period.label() + " in " + warehouseFile);
        }
        Map<String, IndicatorKind> kinds = contents.definitions().values().stream()
                .collect(Collectors.toMap(IndicatorDefinition::indicator, IndicatorDefinition::kind));
        List<PublishedValue> published = new DisclosureControl(policy).apply(contents.values(), kinds);
        Instant now = Instant.now(clock);
        PackWorkbook workbook = PackSheets.workbook(period, contents, published, policy, contact,
                LocalDate.ofInstant(now, clock.getZone()));
        try {
            return publish(period, extractsRoot, contents, published, workbook, now);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the funder pack for " + period.label() + " in "
                    + extractsRoot + ": " + e.getMessage(), e);
        }
    }

    private PackResult publish(Period period, Path extractsRoot, PackContents contents, List<PublishedValue> published,
                               PackWorkbook workbook, Instant now) throws IOException {
        Path root = Files.createDirectories(extractsRoot.toAbsolutePath());
        Path folder = root.resolve(period.folderName());
        Path staging = Files.createTempDirectory(root, "." + period.folderName() + ".writing-");
        try {
            CsvFile.write(staging.resolve(CSV), published);
            CsvMetadata.write(staging.resolve(CSV_METADATA), CSV, workbook.cover().title(), contents);
            XlsxFile.write(staging.resolve(XLSX), workbook);
            OdsFile.write(staging.resolve(ODS), workbook);
            List<Manifest.FileEntry> entries = new ArrayList<>();
            for (String data : DATA_FILES) {
                entries.add(Manifest.FileEntry.of(staging.resolve(data)));
            }
            new Manifest(period.label(), period.type().name(), contents.runId(), contents.asOf().toString(),
                    now.toString(), policy.describe(), contents.sourceRows(), published.size(),
                    entries).write(staging.resolve(MANIFEST));
            swapIn(staging, folder);
        } finally {
            deleteTree(staging);
        }
        return new PackResult(folder,
                Stream.concat(DATA_FILES.stream(), Stream.of(MANIFEST)).map(folder::resolve).toList(),
                published.size());
    }

    /** A directory cannot be renamed over a non-empty one, so the old pack steps aside first. */
    private static void swapIn(Path staging, Path folder) throws IOException {
        if (!Files.exists(folder)) {
            Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path replaced = folder.resolveSibling("." + folder.getFileName() + ".replaced-" + UUID.randomUUID());
        Files.move(folder, replaced, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(replaced, folder, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteTree(replaced);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
