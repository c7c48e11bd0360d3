package org.outreach.pipeline.cli;

import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.outreach.pipeline.config.PipelineProperties;
import org.outreach.warehouse.QueryFormat;
import org.outreach.warehouse.WarehouseQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Read-only SQL against the published warehouse.")
class QueryCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
            description = "output format (default: ${DEFAULT-VALUE})")
    String format;

    @Parameters(paramLabel = "SQL", description = "the query, e.g. \"SELECT count(*) FROM indicator_values\"")
    String sql;

    @Override
    public Integer call() {
        QueryFormat queryFormat = parseFormat(format);
        // A query needs only the warehouse's path: no context, job repository or source connections.
        PipelineProperties properties = config.bind(PipelineProperties.class);
        try {
            new WarehouseQuery(properties.warehouse()).run(sql).print(queryFormat, System.out);
            return 0;
        } catch (SQLException e) {
            System.err.println("outreach query: " + e.getMessage());
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
