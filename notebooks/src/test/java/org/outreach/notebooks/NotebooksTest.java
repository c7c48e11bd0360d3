package org.outreach.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every committed notebook runs, cell by cell, against a small published warehouse, so none rots. */
class NotebooksTest {

    @TempDir
    static Path dir;

    private static final Map<Path, List<CellOutputs>> SHOWN = new HashMap<>();

    @BeforeAll
    static void publishTheWarehouseTheNotebooksRead() throws Exception {
        System.setProperty(RenderNotebooks.WAREHOUSE_PROPERTY, NotebookWarehouse.publish(dir).toString());
    }

    @AfterAll
    static void forgetIt() {
        System.clearProperty(RenderNotebooks.WAREHOUSE_PROPERTY);
    }

    static List<Path> notebooks() throws Exception {
        return RenderNotebooks.committedNotebooks(Path.of(""));
    }

    @Test
    void theAnalystsNotebooksAreAllFound() throws Exception {
        assertThat(notebooks()).extracting(path -> path.getFileName().toString())
                .contains("uptake-by-service.ipynb", "bus-stop-review.ipynb", "data-dictionary.ipynb",
                        "funding-review.ipynb");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notebooks")
    void runsEveryCellAndEveryQueryFindsRowsAndEveryChartCellDrawsItsChart(Path file) throws Exception {
        Notebook notebook = Notebook.read(file);

        List<CellOutputs> shown = shown(file);

        assertThat(shown).hasSize(notebook.codeCells().size());
        String output = shown.stream().map(CellOutputs::text).collect(Collectors.joining());
        assertThat(output).contains("20100701T020000000").doesNotContain("(0 rows)");
        for (int i = 0; i < shown.size(); i++) {
            Notebook.CodeCell cell = notebook.codeCells().get(i);
            if (cell.source().contains("display(")) {
                assertThat(shown.get(i).images()).as("the charts of cell %d", cell.number()).isNotEmpty()
                        .allSatisfy(NotebooksTest::isAChart);
            }
        }
    }

    @ParameterizedTest(name = "{0} draws at least {1} charts")
    @CsvSource({"uptake-by-service.ipynb, 2", "bus-stop-review.ipynb, 3", "funding-review.ipynb, 6"})
    void theAnalystsNotebooksDrawTheirCharts(String name, int charts) throws Exception {
        long drawn = shown(Path.of(name)).stream().mapToLong(cell -> cell.images().size()).sum();

        assertThat(drawn).isGreaterThanOrEqualTo(charts);
    }

    /** Each notebook runs once for all the tests that look at what it showed. */
    private static List<CellOutputs> shown(Path file) throws Exception {
        Path key = file.toAbsolutePath().normalize();
        if (!SHOWN.containsKey(key)) {
            SHOWN.put(key, new NotebookRunner().run(Notebook.read(file)));
        }
        return SHOWN.get(key);
    }

    /** A PNG of a drawn chart: it decodes, and is not one flat colour. */
    private static void isAChart(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image).isNotNull();
            assertThat(image.getWidth()).isGreaterThan(100);
            assertThat(image.getHeight()).isGreaterThan(100);
            Set<Integer> colours = new HashSet<>();
            for (int x = 0; x < image.getWidth(); x += 7) {
                for (int y = 0; y < image.getHeight(); y += 7) {
                    colours.add(image.getRGB(x, y));
                }
            }
            assertThat(colours).hasSizeGreaterThan(2);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
