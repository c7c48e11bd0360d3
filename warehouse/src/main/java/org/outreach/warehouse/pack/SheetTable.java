package org.outreach.warehouse.pack;

import java.util.List;

/**
 * One sheet of the pack's spreadsheets as both formats write it: one header row in A1,
 * then rows of text ({@link String}) and numeric ({@link Double}) cells, nothing blank.
 */
record SheetTable(String name, List<String> header, List<List<Object>> rows) {

    /** Excel refuses longer names, and government guidance asks for short ones anyway. */
    private static final int LONGEST_NAME = 30;

    SheetTable {
        if (name.length() > LONGEST_NAME) {
            throw new IllegalArgumentException("sheet name " + name + " is longer than " + LONGEST_NAME);
        }
    }
}
