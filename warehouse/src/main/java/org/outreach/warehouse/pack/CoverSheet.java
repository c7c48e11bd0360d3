package org.outreach.warehouse.pack;

import java.util.List;

/**
 * The cover sheet: the title in A1, then sections of a heading and its paragraphs, one
 * per row in column A, nothing merged and no blank rows.
 */
record CoverSheet(String title, List<Section> sections) {

    static final String NAME = "Cover";

    record Section(String heading, List<String> paragraphs) {

        Section(String heading, String paragraph) {
            this(heading, List.of(paragraph));
        }
    }

    CoverSheet {
        sections = List.copyOf(sections);
    }

    /** Every line of the sheet from A1 down, and whether it is a heading (the title counts as one). */
    List<Line> lines() {
        List<Line> lines = new java.util.ArrayList<>();
        lines.add(new Line(title, true));
        for (Section section : sections) {
            lines.add(new Line(section.heading(), true));
            section.paragraphs().forEach(paragraph -> lines.add(new Line(paragraph, false)));
        }
        return lines;
    }

    record Line(String text, boolean heading) {
    }
}
