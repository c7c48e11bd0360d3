package org.outreach.warehouse.pack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * indicators.csv-metadata.json: the CSV described in W3C CSV on the Web (the file name a
 * CSVW processor looks for beside indicators.csv), so a funder's system loads it without
 * guessing: each column's name, title and datatype, its description from the warehouse's
 * column comments, and the shorthand that stands for a missing figure as null values.
 */
final class CsvMetadata {

    static final String CONTEXT = "http://www.w3.org/ns/csvw";

    private CsvMetadata() {
    }

    static void write(Path file, String csvName, String title, PackContents contents) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode metadata = json.createObjectNode();
        metadata.put("@context", CONTEXT);
        metadata.put("url", csvName);
        metadata.put("dc:title", title);
        metadata.put("dc:source", "Outreach Warehouse run " + contents.runId() + ", figures as of " + contents.asOf());
        ObjectNode dialect = metadata.putObject("dialect");
        dialect.put("encoding", "utf-8");
        dialect.putArray("lineTerminators").add("\r\n");
        dialect.put("header", true);
        ObjectNode schema = metadata.putObject("tableSchema");
        ArrayNode columns = schema.putArray("columns");
        ArrayNode key = schema.putArray("primaryKey");
        for (String name : PackSheets.COLUMNS) {
            ObjectNode column = columns.addObject();
            column.put("name", name);
            column.put("titles", name);
            String comment = contents.columns().getOrDefault(name, "");
            if (PackSheets.FIGURES.contains(name)) {
                // Exact figures, written in plain decimal notation (never an exponent).
                column.put("datatype", "decimal");
                ArrayNode nulls = column.putArray("null");
                Arrays.stream(Cell.Symbol.values()).forEach(symbol -> nulls.add(symbol.text()));
                column.put("dc:description", (comment + " " + shorthand()).strip());
            } else {
                column.put("datatype", "string");
                column.put("required", true);
                if (!comment.isEmpty()) {
                    column.put("dc:description", comment);
                }
                key.add(name);
            }
        }
        json.writeValue(file.toFile(), metadata);
    }

    private static String shorthand() {
        return Arrays.stream(Cell.Symbol.values()).map(symbol -> symbol.text() + " " + symbol.meaning())
                .collect(Collectors.joining(" "));
    }
}
