package org.outreach.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryResultTest {

    private final QueryResult result = new QueryResult(List.of("indicator", "value", "note"), List.of(
            Arrays.asList("transactions", 742.0, "plain"),
            Arrays.asList("clients_per_service_day", 3.4161490683229814, "a, \"quoted\"\nnote"),
            Arrays.asList("new_clients", 0.0, null)));

    @Test
    void printsCsvAfterRfc4180() {
        assertThat(print(QueryFormat.CSV)).isEqualTo("""
                indicator,value,note
                transactions,742,plain
                clients_per_service_day,3.4161490683229814,"a, ""quoted""
                note"
                new_clients,0,
                """);
    }

    @Test
    void printsJsonWithNumbersAsNumbersAndNullsAsNull() {
        assertThat(print(QueryFormat.JSON)).isEqualTo("""
                [
                  {"indicator": "transactions", "value": 742, "note": "plain"},
                  {"indicator": "clients_per_service_day", "value": 3.4161490683229814, "note": "a, \\"quoted\\"\\nnote"},
                  {"indicator": "new_clients", "value": 0, "note": null}
                ]
                """);
    }

    @Test
    void printsNoRowsAsAnEmptyJsonArray() {
        assertThat(print(new QueryResult(List.of("indicator"), List.of()), QueryFormat.JSON)).isEqualTo("[\n]\n");
    }

    @Test
    void printsAnAlignedTableWithARowCount() {
        String table = print(QueryFormat.TABLE);
        assertThat(table).startsWith("indicator               | value              | note");
        assertThat(table).contains("transactions            |                742 | plain");
        assertThat(table).endsWith("(3 rows)\n");
    }

    private String print(QueryFormat format) {
        return print(result, format);
    }

    private static String print(QueryResult result, QueryFormat format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        result.print(format, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
