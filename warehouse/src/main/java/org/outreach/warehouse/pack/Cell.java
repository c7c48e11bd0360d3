package org.outreach.warehouse.pack;

import java.math.BigDecimal;

/** A published figure: a number, or one of the Analysis Function's symbols in its place. */
record Cell(Double number, Symbol symbol) {

    enum Symbol {
        CONFIDENTIAL("[c]", "Confidential: not published under the disclosure control policy."),
        NOT_AVAILABLE("[x]", "Not available: the warehouse holds no figure for this cell."),
        NOT_APPLICABLE("[z]", "Not applicable: counts, review_flag and funding_gbp have no numerator or denominator.");

        private final String text;
        private final String meaning;

        Symbol(String text, String meaning) {
            this.text = text;
            this.meaning = meaning;
        }

        String text() {
            return text;
        }

        String meaning() {
            return meaning;
        }
    }

    static final Cell CONFIDENTIAL = new Cell(null, Symbol.CONFIDENTIAL);

    Cell {
        if ((number == null) == (symbol == null)) {
            throw new IllegalArgumentException("a cell holds a number or a symbol");
        }
    }

    static Cell of(double number) {
        return new Cell(number, null);
    }

    /**
     * The NULL numerator or denominator of a count, flag or money figure shows [z], not
     * applicable, rather than an empty cell a reader could take for zero or a lost figure.
     */
    static Cell ofPart(Double part) {
        return part == null ? new Cell(null, Symbol.NOT_APPLICABLE) : of(part);
    }

    boolean isNumber() {
        return number != null;
    }

    /** Whole numbers without ".0", others as the shortest exact decimal of the double. */
    String text() {
        if (symbol != null) {
            return symbol.text();
        }
        double d = number;
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).toPlainString();
    }
}
