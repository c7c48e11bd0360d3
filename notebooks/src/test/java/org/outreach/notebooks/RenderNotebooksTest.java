package org.outreach.notebooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderNotebooksTest {

    @Test
    void writesACopyWithEachCellsPrintedTextAndLeavesTheNotebookAsItWas(@TempDir Path dir) throws Exception {
        Path notebook = Files.writeString(dir.resolve("figures.ipynb"),
                TestNotebooks.json("int figures = 3;", "System.out.println(\"figures\");\nSystem.out.println(figures);"));
        String committed = Files.readString(notebook);

        List<Path> rendered = RenderNotebooks.render(List.of(notebook), dir.resolve("rendered"));

        assertThat(rendered).containsExactly(dir.resolve("rendered/figures.ipynb"));
        assertThat(Files.readString(notebook)).isEqualTo(committed);
        JsonNode cells = new ObjectMapper().readTree(rendered.get(0).toFile()).get("cells");
        assertThat(cells.get(0).has("outputs")).as("markdown cells get no outputs").isFalse();
        assertThat(cells.get(1).get("execution_count").asInt()).isEqualTo(1);
        assertThat(cells.get(1).get("outputs")).isEmpty();
        assertThat(cells.get(2).get("execution_count").asInt()).isEqualTo(2);
        JsonNode output = cells.get(2).get("outputs").get(0);
        assertThat(output.get("output_type").asText()).isEqualTo("stream");
        assertThat(output.get("name").asText()).isEqualTo("stdout");
        assertThat(output.get("text")).extracting(JsonNode::asText).containsExactly("figures\n", "3\n");
    }

    @Test
    void writesEachDisplayedChartAsAnImagePngOutput(@TempDir Path dir) throws Exception {
        Path notebook = Files.writeString(dir.resolve("chart.ipynb"), TestNotebooks.json(
                "import org.knowm.xchart.BitmapEncoder;\nimport org.knowm.xchart.CategoryChartBuilder;",
                "var chart = new CategoryChartBuilder().width(300).height(180).build();\n"
                        + "chart.addSeries(\"clients\", java.util.List.of(\"META\", \"BUS\"), java.util.List.of(350, 285));\n"
                        + "display(BitmapEncoder.getBufferedImage(chart));"));

        Path rendered = RenderNotebooks.render(List.of(notebook), dir.resolve("rendered")).get(0);

        JsonNode output = new ObjectMapper().readTree(rendered.toFile()).get("cells").get(2).get("outputs").get(0);
        assertThat(output.get("output_type").asText()).isEqualTo("display_data");
        byte[] png = Base64.getDecoder().decode(output.at("/data/image~1png").asText());
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(300);
        assertThat(output.get("metadata").isObject()).isTrue();
    }

    @Test
    void neverWritesOverTheCommittedNotebook(@TempDir Path dir) throws Exception {
        Path notebook = Files.writeString(dir.resolve("figures.ipynb"), TestNotebooks.json("int figures = 3;"));
        String committed = Files.readString(notebook);

        assertThatThrownBy(() -> RenderNotebooks.render(List.of(notebook), dir))
                .hasMessageContaining("refusing to render");
        assertThat(Files.readString(notebook)).isEqualTo(committed);
    }
}
