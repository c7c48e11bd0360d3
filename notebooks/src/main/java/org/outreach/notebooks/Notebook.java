package org.outreach.notebooks;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A Jupyter notebook (nbformat 4) as its JSON tree, so a rendered copy keeps every field the
 * file had and only gains outputs.
 */
public final class Notebook {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A code cell and its position among all the notebook's cells, as an analyst counts them (from 1). */
    public record CodeCell(int number, String source) {
    }

    private final String name;
    private final ObjectNode tree;

    private Notebook(String name, ObjectNode tree) {
        this.name = name;
        this.tree = tree;
    }

    public static Notebook read(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file));
    }

    public static Notebook parse(String name, String json) throws IOException {
        JsonNode tree = JSON.readTree(json);
        if (!(tree instanceof ObjectNode notebook) || notebook.path("nbformat").asInt() != 4
                || !notebook.path("cells").isArray()) {
            throw new IOException(name + " is not an nbformat 4 notebook");
        }
        return new Notebook(name, notebook);
    }

    public String name() {
        return name;
    }

    public List<CodeCell> codeCells() {
        List<CodeCell> code = new ArrayList<>();
        JsonNode cells = tree.get("cells");
        for (int i = 0; i < cells.size(); i++) {
            if ("code".equals(cells.get(i).path("cell_type").asText())) {
                code.add(new CodeCell(i + 1, text(cells.get(i).path("source"))));
            }
        }
        return code;
    }

    /**
     * A copy whose code cells show the given outputs, one per code cell in order, as Jupyter
     * would: printed text as {@code stream} outputs, images as {@code display_data} with
     * {@code image/png}, so a code host or Jupyter shows the charts.
     */
    public Notebook withOutputs(List<CellOutputs> shown) {
        ObjectNode copy = tree.deepCopy();
        int executed = 0;
        for (JsonNode cell : copy.get("cells")) {
            if (!"code".equals(cell.path("cell_type").asText())) {
                continue;
            }
            ArrayNode outputs = ((ObjectNode) cell).putArray("outputs");
            for (CellOutputs.Output output : shown.get(executed++).outputs()) {
                if (output instanceof CellOutputs.Text text) {
                    ObjectNode stream = outputs.addObject().put("name", "stdout").put("output_type", "stream");
                    lines(text.text()).forEach(stream.putArray("text")::add);
                } else if (output instanceof CellOutputs.Image image) {
                    ObjectNode display = outputs.addObject().put("output_type", "display_data");
                    ObjectNode data = display.putObject("data");
                    data.put("image/png", Base64.getEncoder().encodeToString(image.png()));
                    data.put("text/plain", "<chart>");
                    display.putObject("metadata");
                }
            }
            ((ObjectNode) cell).put("execution_count", executed);
        }
        return new Notebook(name, copy);
    }

    /** Writes it as Jupyter does (one-space indent), so a diff against a saved notebook stays readable. */
    public void write(Path file) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter(" ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("").withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JSON.writer(printer).writeValueAsString(tree) + "\n");
    }

    /** nbformat stores multi-line text as a string or as a list of lines that keep their line ends. */
    private static String text(JsonNode source) {
        if (!source.isArray()) {
            return source.asText();
        }
        StringBuilder text = new StringBuilder();
        source.forEach(line -> text.append(line.asText()));
        return text.toString();
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            lines.add(text.substring(start, end + 1));
            start = end + 1;
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
