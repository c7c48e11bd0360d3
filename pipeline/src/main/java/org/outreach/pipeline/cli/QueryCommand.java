package org.outreach.pipeline.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.outreach.pipeline.config.PipelineProperties;
import org.outreach.warehouse.QueryFormat;
import org.outreach.warehouse.WarehouseQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Read-only SQL against the published warehouse.",
                "Without SQL, an interactive prompt: statements end with ;, history in ~/.outreach_history."})
class QueryCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
            description = "output format (default: ${DEFAULT-VALUE})")
    String format;

    @Parameters(paramLabel = "SQL", arity = "0..1",
            description = "the query, e.g. \"SELECT count(*) FROM indicator_values\"; none for the prompt")
    String sql;

    @Override
    public Integer call() {
        QueryFormat queryFormat = parseFormat(format);
        // A query needs only the warehouse's path: no context, job repository or source connections.
        PipelineProperties properties = config.bind(PipelineProperties.class);
        WarehouseQuery warehouse = new WarehouseQuery(properties.warehouse());
        if (sql == null) {
            return shell(warehouse, queryFormat);
        }
        try {
            warehouse.run(sql).print(queryFormat, System.out);
            return 0;
        } catch (SQLException e) {
            System.err.println("outreach query: " + e.getMessage());
            return 1;
        }
    }

    private static int shell(WarehouseQuery warehouse, QueryFormat format) {
        Path history = Path.of(System.getProperty("user.home"), ".outreach_history");
        // Off a terminal (statements piped in), JLine reads standard input as a dumb terminal.
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            new QueryShell(warehouse, format, history).run(terminal);
            return 0;
        } catch (IOException e) {
            System.err.println("outreach query: the terminal: " + e.getMessage());
            return 1;
        }
    }

    private static QueryFormat parseFormat(String format) {
        try {
            return QueryFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("--format: expected table, csv or json, got " + format);
        }
    }
}
