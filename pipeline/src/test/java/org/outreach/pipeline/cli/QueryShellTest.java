package org.outreach.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreach.warehouse.DeclaredTable;
import org.outreach.warehouse.QueryFormat;
import org.outreach.warehouse.WarehouseQuery;

/** The query prompt, typed into through its terminal's input stream. */
class QueryShellTest {

    @TempDir
    Path folder;

    private Path warehouse;

    @BeforeEach
    void aPublishedWarehouse() throws Exception {
        warehouse = folder.resolve("outreach.duckdb");
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:" + warehouse);
             Statement sql = duckdb.createStatement()) {
            sql.execute(DeclaredTable.of("indicator_values").emptySql());
            sql.execute("INSERT INTO indicator_values BY NAME SELECT * FROM (VALUES ('transactions', 'META', 5301.0),"
                    + " ('transactions', 'ONE_STOP_BUS', 715.0)) t(indicator, service, value)");
        }
    }

    @Test
    void aStatementMaySpanLinesAndPrintsAsQueryPrints() throws Exception {
        String screen = typed("SELECT service, value\nFROM indicator_values\nORDER BY service;\n.quit\n");

        String table = printedByQuery("SELECT service, value FROM indicator_values ORDER BY service");
        assertThat(screen).contains(table);
    }

    @Test
    void anErrorIsShownAndTheNextStatementRuns() throws Exception {
        String screen = typed("SELECT nothing FROM nowhere;\nSELECT count(*) AS figures FROM indicator_values;\n");

        assertThat(screen).contains("Error: ").contains("nowhere");
        assertThat(screen).contains(printedByQuery("SELECT count(*) AS figures FROM indicator_values"));
    }

    @Test
    void theWarehouseCannotBeChanged() throws Exception {
        String screen = typed("DELETE FROM indicator_values;\nSELECT count(*) AS figures FROM indicator_values;\n");

        assertThat(screen).contains("Error: ").contains("read-only");
        assertThat(printedByQuery("SELECT count(*) FROM indicator_values")).contains(" 2");
    }

    @Test
    void statementsAreKeptInTheHistoryFile() throws Exception {
        typed("SELECT 1\n  AS one;\nSELECT 2 AS two;\n");

        assertThat(Files.readString(folder.resolve("history"))).contains("SELECT 1").contains("AS one;")
                .contains("SELECT 2 AS two;");
    }

    @Test
    void leavesAtTheEndOfInputWithoutRunningAnUnfinishedStatement() throws Exception {
        String screen = typed("SELECT count(*) AS figures\nFROM indicator_values");

        assertThat(screen).doesNotContain("figures\n");
    }

    private String typed(String input) throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                screen)) {
            new QueryShell(new WarehouseQuery(warehouse), QueryFormat.TABLE, folder.resolve("history")).run(terminal);
        }
        return screen.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private String printedByQuery(String sql) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        new WarehouseQuery(warehouse).run(sql).print(QueryFormat.TABLE,
                new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        return printed.toString(StandardCharsets.UTF_8);
    }
}
