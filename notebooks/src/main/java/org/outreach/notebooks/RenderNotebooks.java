package org.outreach.notebooks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Renders the notebooks: runs each and writes a copy with what its cells printed and the charts
 * they displayed (image/png outputs) into a folder (default {@code notebooks/target/rendered}),
 * leaving the committed files, whose outputs stay cleared (STYLE rule 14), untouched. Run from the repository root:
 * {@code RenderNotebooks [OUT_DIR [NOTEBOOK.ipynb...]]}.
 */
public final class RenderNotebooks {

    /** The notebooks read the warehouse path from this system property first, then OUTREACH_WAREHOUSE. */
    public static final String WAREHOUSE_PROPERTY = "outreach.warehouse";

    private RenderNotebooks() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "notebooks/target/rendered");
        List<Path> notebooks = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            notebooks.add(Path.of(args[i]));
        }
        if (notebooks.isEmpty()) {
            notebooks = committedNotebooks(Path.of("notebooks"));
        }
        // The notebooks' own default is relative to their folder, where Jupyter starts the kernel;
        // this program runs from the repository root, so it resolves the demo's path itself.
        Path warehouse = Path.of(System.getProperty(WAREHOUSE_PROPERTY,
                System.getenv().getOrDefault("OUTREACH_WAREHOUSE", "data/warehouse/outreach.duckdb")));
        if (!Files.isRegularFile(warehouse)) {
            System.err.println("no published warehouse at " + warehouse.toAbsolutePath()
                    + ": run ./outreach demo, or set OUTREACH_WAREHOUSE");
            System.exit(2);
        }
        System.setProperty(WAREHOUSE_PROPERTY, warehouse.toAbsolutePath().toString());
        try {
            for (Path rendered : render(notebooks, out)) {
                System.out.println("rendered " + rendered);
            }
        } catch (NotebookFailedException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /** Every notebook directly in the folder, by name. */
    public static List<Path> committedNotebooks(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".ipynb")).sorted().toList();
        }
    }

    /** Runs each notebook and writes its rendered copy, under the same name, into {@code out}. */
    public static List<Path> render(List<Path> notebooks, Path out) throws IOException, NotebookFailedException {
        NotebookRunner runner = new NotebookRunner();
        List<Path> rendered = new ArrayList<>();
        for (Path file : notebooks) {
            Notebook notebook = Notebook.read(file);
            Path copy = out.resolve(file.getFileName());
            if (Files.exists(copy) && Files.isSameFile(copy, file)) {
                throw new IOException("refusing to render " + file + " over itself: choose another folder");
            }
            notebook.withOutputs(runner.run(notebook)).write(copy);
            rendered.add(copy);
        }
        return rendered;
    }
}
