package org.outreach.ingest.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.util.FileSystemUtils;

/**
 * A staged writer's folder and the in-memory DuckDB that writes its Parquet parts. The folder
 * is emptied when the step opens the writer, so a restarted step rewrites it whole.
 */
final class ParquetStaging {

    private Path folder;
    private Connection connection;

    void open(Path folder) {
        this.folder = folder;
        try {
            FileSystemUtils.deleteRecursively(folder);
            Files.createDirectories(folder);
            connection = DuckDb.inMemory();
        } catch (IOException e) {
            throw new ItemStreamException("cannot prepare staging folder " + folder, e);
        } catch (SQLException e) {
            throw new ItemStreamException("cannot open the Parquet writer for " + folder, e);
        }
    }

    Connection connection() {
        return connection;
    }

    /** Closes the connection; false when it was not open, as a step also closes a writer that failed to open. */
    boolean close() {
        if (connection == null) {
            return false;
        }
        try {
            connection.close();
            return true;
        } catch (SQLException e) {
            throw new ItemStreamException("cannot close the Parquet writer for " + folder, e);
        } finally {
            connection = null;
        }
    }
}
