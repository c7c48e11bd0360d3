package org.outreach.warehouse.pack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The pack's tables: the indicator table as the CSV holds it, and the sheets of the
 * spreadsheets (cover, notes, one per service), laid out per the Analysis Function's
 * guidance on releasing statistics in spreadsheets.
 */
final class PackSheets {

    static final List<String> COLUMNS = List.of("indicator", "service", "location_code", "topic", "partner",
            "period_type", "period", "value", "numerator", "denominator");

    private static final List<String> KNOWN_SERVICES = List.of("META", "ONE_STOP_BUS", "THETFORD_WORKS",
            "FIRST_CLICK", "REFERRALS", "ALL");

    /** The services in the order funders know them; any other comes after, by name. */
    private static final Comparator<String> SERVICE_ORDER = Comparator
            .comparingInt((String service) -> KNOWN_SERVICES.contains(service) ? KNOWN_SERVICES.indexOf(service)
                    : KNOWN_SERVICES.size())
            .thenComparing(Comparator.naturalOrder());

    private PackSheets() {
    }

    /** One row of the indicator table: text dimensions, then each figure as a number or a symbol. */
    static List<Object> cells(PublishedValue published) {
        IndicatorValue source = published.source();
        return List.of(source.indicator(), source.service(), source.locationCode(), source.topic(), source.partner(),
                source.periodType(), source.period(), cell(published.value()), cell(published.numerator()),
                cell(published.denominator()));
    }

    static List<SheetTable> sheets(Period period, PackContents contents, List<PublishedValue> published,
                                   DisclosurePolicy policy, String contact) {
        Map<String, List<List<Object>>> byService = new TreeMap<>(SERVICE_ORDER);
        for (PublishedValue value : published) {
            byService.computeIfAbsent(value.source().service(), s -> new ArrayList<>()).add(cells(value));
        }
        List<SheetTable> sheets = new ArrayList<>();
        sheets.add(cover(period, contents, published, byService.keySet(), policy, contact));
        sheets.add(notes(period, policy));
        byService.forEach((service, rows) -> sheets.add(new SheetTable(service, COLUMNS, rows)));
        return sheets;
    }

    private static Object cell(Cell cell) {
        return cell.isNumber() ? cell.number() : cell.text();
    }

    private static SheetTable cover(Period period, PackContents contents, List<PublishedValue> published,
                                    Set<String> services, DisclosurePolicy policy, String contact) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Title", "Outreach services: indicators for funders, " + describe(period)));
        rows.add(List.of("Period", period.label()));
        rows.add(List.of("Source", "Outreach Warehouse, run " + contents.runId() + ", figures as of "
                + contents.asOf()));
        rows.add(List.of("Contact", contact));
        rows.add(List.of("Disclosure control", policy.describe()));
        rows.add(List.of("Sheets", "Notes (symbols and rules), then one sheet per service: "
                + String.join(", ", services)));
        published.stream().map(p -> p.source().indicator()).collect(Collectors.toCollection(TreeSet::new))
                .forEach(indicator -> rows.add(List.of(indicator, contents.definitions().get(indicator).definition())));
        return new SheetTable("Cover", List.of("Item", "Description"), rows);
    }

    private static SheetTable notes(Period period, DisclosurePolicy policy) {
        List<List<Object>> rows = new ArrayList<>();
        for (Cell.Symbol symbol : Cell.Symbol.values()) {
            rows.add(List.of(symbol.text(), symbol.meaning()));
        }
        rows.add(List.of("Disclosure control", policy.describe()));
        rows.add(List.of("Secondary suppression", "For counts, where a location row is suppressed and the row for all"
                + " locations (location_code ALL) is published, the smallest other published non-zero location row"
                + " (ties: the smallest location code) is suppressed too, so the first cannot be worked out by"
                + " subtraction. Done once, under either policy."));
        rows.add(List.of("Rounding", policy.rounding()));
        rows.add(List.of("Absent rows", "A combination with no underlying records has no row: it is absent, not"
                + " zero. A rate or mean whose denominator is 0 is absent too. Zero is published as 0."));
        rows.add(List.of("Rows in this pack", period.type() == Period.Type.FY
                ? "The financial year's rows (period_type FY) and its months' rows (period_type MONTH)."
                : "The month's rows (period_type MONTH)."));
        rows.add(List.of("All rows", "A row for ALL locations, topics or partners is computed over the wider set,"
                + " not summed from the rows shown: distinct counts are recounted."));
        rows.add(List.of("Cells", "Figures are numeric cells, symbols text cells. Rates and means are unrounded"
                + " decimals; numerator and denominator are given for rates and means only."));
        return new SheetTable("Notes", List.of("Symbol or topic", "Meaning"), rows);
    }

    private static String describe(Period period) {
        return period.type() == Period.Type.FY
                ? "financial year " + period.label() + " (April " + period.first().getYear() + " to March "
                        + period.last().getYear() + ")"
                : "month " + period.label();
    }
}
