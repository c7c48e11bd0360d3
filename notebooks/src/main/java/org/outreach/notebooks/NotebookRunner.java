package org.outreach.notebooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import org.duckdb.DuckDBDriver;
import org.knowm.xchart.XYChart;

/**
 * Runs a notebook's code cells in order in one JShell, as the JJava kernel would, and returns
 * what each cell printed and displayed. Fails on the first snippet that does not compile or throws.
 *
 * <p>The local execution engine runs snippets in this JVM, so they see its system properties
 * (the warehouse path, {@code outreach.warehouse}) and its libraries. What they print is
 * taken by swapping {@link System#out}, so run one notebook at a time.
 *
 * <p>Like the kernel, the runner offers {@code display(Object)}: a {@code RenderedImage} is shown
 * as a PNG, anything else as its text. The snippets run in JShell's own class loader, so
 * {@code display} uses only the JDK: it prints the PNG, base64-encoded after {@link #IMAGE}, and
 * the runner takes it out of the printed text again.
 */
public final class NotebookRunner {

    /** The libraries a notebook's {@code %maven} lines may fetch; the build's own jars stand in for them. */
    private static final Properties PINNED = pinned();

    /** Marks a displayed image in a cell's standard output: not text anyone prints. */
    static final String IMAGE = "\u0000outreach-display:image/png;base64,";

    private static final String DISPLAY = """
            void display(Object value) {
                if (value instanceof java.awt.image.RenderedImage image) {
                    java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
                    try {
                        javax.imageio.ImageIO.write(image, "png", png);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    System.out.print("%s" + java.util.Base64.getEncoder().encodeToString(png.toByteArray()) + "\\n");
                } else {
                    System.out.println(value);
                }
            }
            """.formatted(IMAGE.replace("\u0000", "\\u0000"));

    public List<CellOutputs> run(Notebook notebook) throws NotebookFailedException {
        // Charts are drawn off screen: there is no display in a test run, nor in a kernel on a server.
        System.setProperty("java.awt.headless", "true");
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            // JShell compiles against its own class path, not this JVM's: give it the notebooks' libraries.
            shell.addToClasspath(jarOf(DuckDBDriver.class));
            shell.addToClasspath(jarOf(XYChart.class));
            evaluate(shell, notebook.name() + ", the kernel's display(Object)", DISPLAY, true);
            List<Notebook.CodeCell> cells = notebook.codeCells();
            List<CellOutputs> outputs = new ArrayList<>();
            for (Notebook.CodeCell cell : cells) {
                outputs.add(outputs(runCell(shell, notebook.name(), cell, cell == cells.get(0))));
            }
            return outputs;
        }
    }

    /** Splits what a cell printed into its text and the images {@code display} put between. */
    static CellOutputs outputs(String printed) {
        List<CellOutputs.Output> outputs = new ArrayList<>();
        int from = 0;
        for (int image = printed.indexOf(IMAGE); image >= 0; image = printed.indexOf(IMAGE, from)) {
            if (image > from) {
                outputs.add(new CellOutputs.Text(printed.substring(from, image)));
            }
            int end = printed.indexOf('\n', image);
            outputs.add(new CellOutputs.Image(Base64.getDecoder().decode(printed.substring(image + IMAGE.length(), end))));
            from = end + 1;
        }
        if (from < printed.length()) {
            outputs.add(new CellOutputs.Text(printed.substring(from)));
        }
        return new CellOutputs(outputs);
    }

    private String runCell(JShell shell, String notebook, Notebook.CodeCell cell, boolean first)
            throws NotebookFailedException {
        String where = notebook + ", cell " + cell.number();
        StringBuilder java = new StringBuilder();
        for (String line : cell.source().split("\n", -1)) {
            if (line.strip().startsWith("%")) {
                checkMagic(where, line.strip());
            } else {
                java.append(line).append('\n');
            }
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            String remaining = java.toString();
            while (!remaining.isBlank()) {
                SourceCodeAnalysis.CompletionInfo unit = analysis.analyzeCompletion(remaining);
                switch (unit.completeness()) {
                    case EMPTY -> remaining = "";
                    case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> throw new NotebookFailedException(
                            where + ": the cell ends inside an unfinished statement:\n" + remaining.strip());
                    case UNKNOWN -> {
                        // What does not parse: evaluating it yields the compiler's diagnostic.
                        evaluate(shell, where, remaining, first);
                        throw new NotebookFailedException(where + ": does not parse:\n" + remaining.strip());
                    }
                    default -> {
                        evaluate(shell, where, unit.source(), first);
                        remaining = unit.remaining();
                    }
                }
            }
        } finally {
            System.out.flush();
            System.setOut(console);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    /**
     * JJava's line magics: {@code %maven} may only fetch the pinned DuckDB JDBC or XChart (the
     * notebooks use the JDK and these alone, and must not drift from the build's versions); the
     * others only change the kernel's display or classpath, so they are skipped.
     */
    private static void checkMagic(String where, String magic) throws NotebookFailedException {
        String[] words = magic.split("\\s+", 2);
        if (!words[0].equals("%maven")) {
            return;
        }
        String coordinate = words.length > 1 ? words[1].strip() : "";
        if (!PINNED.containsValue(coordinate)) {
            throw new NotebookFailedException(where + ": " + magic + " must name one of "
                    + new java.util.TreeSet<>(PINNED.stringPropertyNames()).stream().map(PINNED::getProperty).toList()
                    + " (pinned in the parent pom; notebooks use only the JDK, DuckDB JDBC and XChart)");
        }
    }

    private void evaluate(JShell shell, String where, String snippet, boolean firstCell)
            throws NotebookFailedException {
        for (SnippetEvent event : shell.eval(snippet)) {
            String failure = failure(shell, event, firstCell);
            if (failure != null) {
                throw new NotebookFailedException(where + ": " + failure + "\nin snippet:\n" + snippet.strip());
            }
        }
    }

    private static String failure(JShell shell, SnippetEvent event, boolean firstCell) {
        if (event.exception() != null) {
            return "threw " + describe(event.exception());
        }
        if (event.causeSnippet() != null) {
            return null;
        }
        Snippet snippet = event.snippet();
        if (event.status() == Snippet.Status.REJECTED) {
            return "does not compile: " + shell.diagnostics(snippet).map(NotebookRunner::describe)
                    .collect(Collectors.joining("; "));
        }
        if (event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
            return "refers to what no cell defines: " + String.join(", ",
                    shell.unresolvedDependencies((DeclarationSnippet) snippet).toList());
        }
        if (snippet.kind() == Snippet.Kind.IMPORT && !firstCell) {
            return "imports belong in the first code cell: in JJava an import in a later cell resets the"
                    + " variables defined before it (dflib/jjava#119)";
        }
        if (snippet.kind() == Snippet.Kind.IMPORT && snippet.source().contains("java.awt.*")) {
            return "import java.awt.* hides java.util.List in JJava; import the classes you need by name";
        }
        return null;
    }

    private static String describe(Diag diagnostic) {
        return diagnostic.getMessage(Locale.ROOT);
    }

    private static String describe(JShellException exception) {
        if (exception instanceof EvalException thrown) {
            return thrown.getExceptionClassName() + ": " + thrown.getMessage();
        }
        if (exception instanceof UnresolvedReferenceException unresolved) {
            return "an unresolved reference in " + unresolved.getSnippet().source().strip();
        }
        return exception.toString();
    }

    private static String jarOf(Class<?> library) {
        try {
            return Path.of(library.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the jar of " + library, e);
        }
    }

    private static Properties pinned() {
        try (InputStream in = NotebookRunner.class.getResourceAsStream("pinned.properties")) {
            if (in == null) {
                throw new IllegalStateException("pinned.properties missing from the notebooks module");
            }
            Properties pinned = new Properties();
            pinned.load(in);
            return pinned;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read pinned.properties", e);
        }
    }
}
