package org.outreach.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every committed notebook runs, cell by cell, against a small published warehouse, so none rots. */
class NotebooksTest {

    @TempDir
    static Path dir;

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
                .contains("uptake-by-service.ipynb", "bus-stop-review.ipynb", "data-dictionary.ipynb");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notebooks")
    void runsEveryCellAndEveryQueryFindsRows(Path file) throws Exception {
        Notebook notebook = Notebook.read(file);

        List<String> printed = new NotebookRunner().run(notebook);

        assertThat(printed).hasSize(notebook.codeCells().size());
        String output = String.join("", printed);
        assertThat(output).contains("20100701T020000000").doesNotContain("(0 rows)");
    }
}
