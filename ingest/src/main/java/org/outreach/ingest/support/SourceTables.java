package org.outreach.ingest.support;

import java.sql.Connection;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * A source system's tables as its section of SOURCES.md declares them, in a SQL script on the
 * class path beside the job that reads them. The extract never creates a source's tables (they
 * belong to the council and its partners); the demo estate, the job tests and the benchmarks
 * create theirs from this one declaration, so that they read the shape the real system hands over.
 *
 * @param resource the script's class path location, in the source system's own SQL dialect
 */
public record SourceTables(String resource) {

    public void createIn(Connection connection) {
        ScriptUtils.executeSqlScript(connection, new ClassPathResource(resource));
    }
}
