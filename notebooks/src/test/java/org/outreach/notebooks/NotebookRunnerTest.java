package org.outreach.notebooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class NotebookRunnerTest {

    private final NotebookRunner runner = new NotebookRunner();

    @Test
    void runsTheCodeCellsInOrderSharingStateAndReturnsWhatEachPrinted() throws Exception {
        Notebook notebook = TestNotebooks.notebook(
                "import java.util.List;\nList<Integer> figures = List.of(3, 4);",
                "int total(List<Integer> values) {\n    return values.stream().mapToInt(v -> v).sum();\n}\n"
                        + "System.out.println(\"total \" + total(figures)); // a comment after the statement",
                "// only a comment");

        assertThat(runner.run(notebook)).extracting(CellOutputs::text).containsExactly("", "total 7\n", "");
    }

    @Test
    void aCellThatDoesNotCompileFailsNamingTheNotebookTheCellTheSnippetAndTheDiagnostic() throws Exception {
        Notebook notebook = TestNotebooks.notebook("int figures = 3;", "String label = figures;",
                "System.out.println(\"never reached\");");

        assertThatThrownBy(() -> runner.run(notebook))
                .isInstanceOf(NotebookFailedException.class)
                .hasMessageContaining("tiny.ipynb, cell 3: does not compile")
                .hasMessageContaining("incompatible types")
                .hasMessageContaining("String label = figures;");
    }

    @Test
    void aCellThatDoesNotParseFailsWithTheCompilersDiagnostic() throws Exception {
        Notebook notebook = TestNotebooks.notebook("int figures = ;\nSystem.out.println(figures);");

        assertThatThrownBy(() -> runner.run(notebook))
                .hasMessageContaining("tiny.ipynb, cell 2: does not compile: illegal start of expression")
                .hasMessageContaining("int figures = ;");
    }

    @Test
    void aSnippetThatThrowsFailsNamingTheCellAndTheException() throws Exception {
        Notebook notebook = TestNotebooks.notebook("System.out.println(\"fine\");",
                "int[] months = new int[12];\nint thirteenth = months[12];");

        assertThatThrownBy(() -> runner.run(notebook))
                .isInstanceOf(NotebookFailedException.class)
                .hasMessageContaining("tiny.ipynb, cell 3: threw java.lang.ArrayIndexOutOfBoundsException")
                .hasMessageContaining("int thirteenth = months[12];");
    }

    @Test
    void aThrownCheckedExceptionFailsToo() throws Exception {
        Notebook notebook = TestNotebooks.notebook(
                "java.sql.DriverManager.getConnection(\"jdbc:nothing:here\");");

        assertThatThrownBy(() -> runner.run(notebook))
                .hasMessageContaining("cell 2: threw java.sql.SQLException: No suitable driver");
    }

    @Test
    void aCellEndingInsideAStatementFails() throws Exception {
        Notebook notebook = TestNotebooks.notebook("void half() {\n    System.out.println(1);\n");

        assertThatThrownBy(() -> runner.run(notebook))
                .hasMessageContaining("cell 2: the cell ends inside an unfinished statement");
    }

    @Test
    void aReferenceToSomethingNoCellDefinesFails() throws Exception {
        Notebook notebook = TestNotebooks.notebook("class Report { Missing figures; }");

        assertThatThrownBy(() -> runner.run(notebook))
                .hasMessageContaining("cell 2: refers to what no cell defines: class Missing");
    }

    @Test
    void anImportAfterTheFirstCodeCellFailsAsItWouldMisbehaveInJJava() throws Exception {
        Notebook notebook = TestNotebooks.notebook("int figures = 3;", "import java.util.Map;");

        assertThatThrownBy(() -> runner.run(notebook))
                .hasMessageContaining("cell 3: imports belong in the first code cell");
    }

    @Test
    void theMavenMagicMustNameThePinnedDuckDb() throws Exception {
        Notebook notebook = TestNotebooks.notebook("%maven org.duckdb:duckdb_jdbc:0.9.2\nint figures = 3;");

        assertThatThrownBy(() -> runner.run(notebook))
                .hasMessageContaining("cell 2: %maven org.duckdb:duckdb_jdbc:0.9.2 must name one of")
                .hasMessageContaining("org.duckdb:duckdb_jdbc:2.").hasMessageContaining("org.knowm.xchart:xchart:3.");
    }

    @Test
    void otherMagicsAreSkippedAndThePinnedDuckDbIsOnTheClasspath() throws Exception {
        Properties pinned = new Properties();
        try (InputStream in = NotebookRunner.class.getResourceAsStream("pinned.properties")) {
            pinned.load(in);
        }
        Notebook notebook = TestNotebooks.notebook("%maven " + pinned.getProperty("duckdb.coordinate")
                + "\n%maven " + pinned.getProperty("xchart.coordinate")
                + "\n%jars /nowhere/*.jar\n%mavenRepo other https://repo.example.org/maven2\n"
                + "import org.duckdb.DuckDBConnection;\nimport org.knowm.xchart.XYChart;\n"
                + "System.out.println(DuckDBConnection.class.getSimpleName() + \" \" + XYChart.class.getSimpleName());");

        assertThat(runner.run(notebook)).extracting(CellOutputs::text).containsExactly("DuckDBConnection XYChart\n");
    }

    @Test
    void displayOfAnImageRecordsItAsAPngBetweenWhatTheCellPrinted() throws Exception {
        Notebook notebook = TestNotebooks.notebook(
                "import org.knowm.xchart.BitmapEncoder;\nimport org.knowm.xchart.XYChart;\n"
                        + "import org.knowm.xchart.XYChartBuilder;",
                "XYChart chart = new XYChartBuilder().width(320).height(200).title(\"Clients\").build();\n"
                        + "chart.addSeries(\"META\", new double[] {1, 2, 3}, new double[] {20, 24, 18});\n"
                        + "System.out.println(\"before\");\n"
                        + "display(BitmapEncoder.getBufferedImage(chart));\n"
                        + "System.out.println(\"after\");");

        List<CellOutputs> shown = runner.run(notebook);

        List<CellOutputs.Output> outputs = shown.get(1).outputs();
        assertThat(outputs).hasSize(3);
        assertThat(outputs.get(0)).isEqualTo(new CellOutputs.Text("before\n"));
        assertThat(outputs.get(2)).isEqualTo(new CellOutputs.Text("after\n"));
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(((CellOutputs.Image) outputs.get(1)).png()));
        assertThat(png.getWidth()).isEqualTo(320);
        assertThat(png.getHeight()).isEqualTo(200);
    }

    @Test
    void displayOfAnythingElseShowsItsText() throws Exception {
        Notebook notebook = TestNotebooks.notebook("display(java.util.List.of(20, 24));");

        assertThat(runner.run(notebook).get(0).outputs()).containsExactly(new CellOutputs.Text("[20, 24]\n"));
    }
}
