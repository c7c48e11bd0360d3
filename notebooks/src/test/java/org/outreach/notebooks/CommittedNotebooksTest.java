package org.outreach.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Notebooks are committed with outputs cleared (STYLE rule 14) and for the JJava kernel. */
class CommittedNotebooksTest {

    static List<Path> notebooks() throws Exception {
        return RenderNotebooks.committedNotebooks(Path.of(""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notebooks")
    void isAnNbformat4NotebookForTheJavaKernelWithItsOutputsCleared(Path file) throws Exception {
        JsonNode notebook = new ObjectMapper().readTree(file.toFile());

        assertThat(notebook.path("nbformat").asInt()).isEqualTo(4);
        assertThat(notebook.at("/metadata/kernelspec/name").asText()).isEqualTo("java");
        for (JsonNode cell : notebook.get("cells")) {
            if (cell.path("cell_type").asText().equals("code")) {
                assertThat(cell.get("outputs")).as("outputs of %s", cell.get("id")).isEmpty();
                assertThat(cell.get("execution_count").isNull()).as("execution_count of %s", cell.get("id")).isTrue();
            }
        }
    }
}
