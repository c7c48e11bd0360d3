package org.outreach.notebooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** Tiny notebooks for the runner's tests: a markdown title, then the given code cells (cell 2 on). */
final class TestNotebooks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestNotebooks() {
    }

    static String json(String... codeCells) {
        ObjectNode notebook = JSON.createObjectNode().put("nbformat", 4).put("nbformat_minor", 5);
        notebook.putObject("metadata").putObject("kernelspec").put("name", "java").put("language", "java");
        ArrayNode cells = notebook.putArray("cells");
        cells.addObject().put("cell_type", "markdown").put("source", "# A test notebook");
        for (String code : codeCells) {
            ObjectNode cell = cells.addObject().put("cell_type", "code").putNull("execution_count");
            cell.putArray("outputs");
            cell.put("source", code);
        }
        return notebook.toString();
    }

    static Notebook notebook(String... codeCells) throws IOException {
        return Notebook.parse("tiny.ipynb", json(codeCells));
    }
}
