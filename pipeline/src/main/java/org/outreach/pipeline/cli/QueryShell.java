package org.outreach.pipeline.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Set;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.outreach.warehouse.QueryFormat;
import org.outreach.warehouse.WarehouseQuery;

/**
 * An interactive read-only SQL prompt over the published warehouse: a statement may span lines
 * and ends with {@code ;}; each runs on its own read-only connection (so a nightly publish
 * between two statements shows in the second) and prints as {@code query} prints. History is
 * kept in a file; {@code .quit} or Ctrl-D leaves, Ctrl-C drops the statement being typed.
 */
final class QueryShell {

    static final String PROMPT = "outreach> ";
    static final String CONTINUATION = "     ...> ";
    private static final Set<String> QUIT = Set.of(".quit", ".exit", "quit", "exit");

    private final WarehouseQuery warehouse;
    private final QueryFormat format;
    private final Path historyFile;

    QueryShell(WarehouseQuery warehouse, QueryFormat format, Path historyFile) {
        this.warehouse = warehouse;
        this.format = format;
        this.historyFile = historyFile;
    }

    void run(Terminal terminal) {
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("outreach")
                .parser(new StatementParser())
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
                .build();
        terminal.writer().println("Read-only SQL over the published warehouse. End a statement with ;"
                + " and leave with .quit or Ctrl-D.");
        while (true) {
            String statement;
            try {
                statement = reader.readLine(PROMPT).strip();
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            if (QUIT.contains(statement.toLowerCase(java.util.Locale.ROOT))) {
                break;
            }
            if (!statement.isEmpty()) {
                terminal.writer().print(answer(statement.substring(0, statement.length() - 1)));
                terminal.writer().flush();
            }
        }
        terminal.writer().flush();
    }

    private String answer(String sql) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        try {
            warehouse.run(sql).print(format, out);
        } catch (SQLException e) {
            out.println("Error: " + e.getMessage());
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    /** Accepts a line only when the statement typed so far ends with {@code ;} (or is empty, or a way out). */
    private static final class StatementParser implements Parser {

        private final DefaultParser words = new DefaultParser();

        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) {
            String typed = line.strip();
            if (context == ParseContext.ACCEPT_LINE && !typed.isEmpty() && !typed.endsWith(";")
                    && !QUIT.contains(typed.toLowerCase(java.util.Locale.ROOT))) {
                throw new EOFError(-1, -1, "the statement goes on until ;");
            }
            return words.parse(line, cursor, context);
        }
    }
}
