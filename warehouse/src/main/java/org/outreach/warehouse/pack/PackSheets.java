package org.outreach.warehouse.pack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.outreach.datasets.IndicatorUnit;

/**
 * The pack's tables: the indicator table as the CSV holds it, and the sheets of the
 * spreadsheets (cover, contents, notes, one per service), laid out per the Analysis
 * Function's guidance on releasing statistics in spreadsheets as gptables and aftables
 * build it.
 */
final class PackSheets {

    /** The CSV's columns, codes only: funders' systems load them, so they never change. */
    static final List<String> COLUMNS = List.of("indicator", "service", "location_code", "topic", "partner",
            "period_type", "period", "value", "numerator", "denominator");

    /** The CSV's columns that hold a figure or a symbol in its place; the others are codes. */
    static final Set<String> FIGURES = Set.of("value", "numerator", "denominator");

    /** The spreadsheets' columns: the CSV's, with each code's words beside it. */
    static final List<String> SHEET_COLUMNS = List.of("indicator", "indicator_label", "service", "location_code",
            "location_name", "topic", "partner", "period_type", "period", "value", "numerator", "denominator");

    static final String CONTENTS = "Contents";
    static final String NOTES = "Notes";
    static final String ALL_LOCATIONS = "All locations";

    private static final List<String> KNOWN_SERVICES = List.of("META", "ONE_STOP_BUS", "THETFORD_WORKS",
            "FIRST_CLICK", "REFERRALS", "ALL");

    /** The services in the order funders know them; any other comes after, by name. */
    private static final Comparator<String> SERVICE_ORDER = Comparator
            .comparingInt((String service) -> KNOWN_SERVICES.contains(service) ? KNOWN_SERVICES.indexOf(service)
                    : KNOWN_SERVICES.size())
            .thenComparing(Comparator.naturalOrder());

    private static final String SHORTHAND = "Shorthand: [c] confidential (not published), [z] not applicable,"
            + " [x] not available.";

    private PackSheets() {
    }

    /** One row of the CSV: codes, then each figure as a number or a symbol. */
    static List<Object> cells(PublishedValue published) {
        IndicatorValue source = published.source();
        return List.of(source.indicator(), source.service(), source.locationCode(), source.topic(), source.partner(),
                source.periodType(), source.period(), cell(published.value()), cell(published.numerator()),
                cell(published.denominator()));
    }

    private static Object cell(Cell cell) {
        return cell.isNumber() ? cell.number() : cell.text();
    }

    /** @param publishedOn the day the pack is written, for the cover's "Published" line */
    static PackWorkbook workbook(Period period, PackContents contents, List<PublishedValue> published,
                                 DisclosurePolicy policy, String contact, LocalDate publishedOn) {
        Map<String, List<List<Object>>> byService = new TreeMap<>(SERVICE_ORDER);
        for (PublishedValue value : published) {
            byService.computeIfAbsent(value.source().service(), s -> new ArrayList<>()).add(sheetRow(value, contents));
        }
        List<String> context = context(period, contents, policy, publishedOn);
        List<TableSheet> tables = new ArrayList<>();
        tables.add(notes(period, policy));
        byService.forEach((service, rows) -> tables.add(new TableSheet(service, serviceTitle(service, period),
                context, SHEET_COLUMNS, rows)));
        tables.add(0, contents(tables));
        return new PackWorkbook(cover(period, contents, published, policy, contact, publishedOn), tables);
    }

    /** A row of a service's table: the CSV's row with labels beside the codes, figures formatted by unit. */
    private static List<Object> sheetRow(PublishedValue published, PackContents contents) {
        IndicatorValue source = published.source();
        IndicatorDefinition definition = contents.definitions().get(source.indicator());
        IndicatorUnit unit = definition.unit();
        return List.of(source.indicator(), definition.label(), source.service(), source.locationCode(),
                locationName(source.locationCode(), contents), source.topic(), source.partner(), source.periodType(),
                source.period(), figure(published.value(), NumberFormat.ofValue(unit)),
                figure(published.numerator(), NumberFormat.ofNumerator(unit)),
                // A denominator is a count whatever the unit: a cost's is transactions or clients.
                figure(published.denominator(), NumberFormat.COUNT));
    }

    private static Object figure(Cell cell, NumberFormat format) {
        return cell.isNumber() ? new Figure(cell.number(), format) : cell.symbol();
    }

    /** The quality gate lets no figure through without its location, so a missing one is a broken warehouse. */
    private static String locationName(String code, PackContents contents) {
        if (IndicatorValue.ALL.equals(code)) {
            return ALL_LOCATIONS;
        }
        String name = contents.locations().get(code);
        if (name == null) {
            throw new IllegalStateException("location " + code + " has figures but no row in the warehouse's"
                    + " locations table");
        }
        return name;
    }

    private static String serviceTitle(String service, Period period) {
        return (IndicatorValue.ALL.equals(service) ? "Indicators across all services (ALL)"
                : "Indicators for " + service) + ", " + describe(period);
    }

    /** The lines under each service table's title: period, source, policy and shorthand, definitions. */
    private static List<String> context(Period period, PackContents contents, DisclosurePolicy policy,
                                        LocalDate publishedOn) {
        return List.of(
                "Period: " + describe(period) + ". " + rowsOf(period),
                "Source: Outreach Warehouse run " + contents.runId() + ", figures as of " + contents.asOf()
                        + "; published " + publishedOn + ".",
                "Disclosure control: " + policyName(policy) + " (see the Notes sheet). " + SHORTHAND,
                "Definitions: each indicator is defined on the Cover sheet; the shorthand and rules are on the"
                        + " Notes sheet.");
    }

    /** A short name for the context lines; the Notes and Cover sheets give the policy in full. */
    private static String policyName(DisclosurePolicy policy) {
        if (policy instanceof DisclosurePolicy.Threshold threshold) {
            return "threshold rule, counts from 1 to " + threshold.upTo() + " suppressed";
        }
        if (policy instanceof DisclosurePolicy.TenFive tenFive) {
            return "ONS 10-5 rule, counts under " + tenFive.under() + " suppressed, others rounded to the nearest "
                    + tenFive.roundTo();
        }
        return "as stated on the Notes sheet";
    }

    private static TableSheet contents(List<TableSheet> tables) {
        List<List<Object>> rows = new ArrayList<>();
        for (TableSheet table : tables) {
            rows.add(List.of(new SheetLink(table.name()), table.title(),
                    new Figure(table.rows().size(), NumberFormat.COUNT)));
        }
        return new TableSheet(CONTENTS, "Contents",
                List.of("This workbook holds " + tables.size() + " tables after the Cover sheet; select a sheet's"
                        + " name to go to it."),
                List.of("Sheet", "Description", "Rows"), rows);
    }

    private static TableSheet notes(Period period, DisclosurePolicy policy) {
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
        rows.add(List.of("Rows in this pack", rowsOf(period)));
        rows.add(List.of("All rows", "A row for ALL locations, topics or partners is computed over the wider set,"
                + " not summed from the rows shown: distinct counts are recounted."));
        rows.add(List.of("Number formats", "Counts are shown as whole numbers, proportions as percentages with one"
                + " decimal, averages (means, transactions per visit) with two decimals, pounds with two decimals."
                + " A cell holds the exact figure, unrounded: the format only changes what it shows."));
        rows.add(List.of("Numerator and denominator", "Given for rates and means only: the counts (or, for costs,"
                + " the pounds over a count) the value is computed from."));
        rows.add(List.of("Labels", "indicator_label and location_name give the codes beside them in words; the"
                + " codes are those of indicators.csv, which has no labels."));
        return new TableSheet(NOTES, "Notes",
                List.of("The shorthand used in the tables, and the rules behind the figures."),
                List.of("Note", "Meaning"), rows);
    }

    private static CoverSheet cover(Period period, PackContents contents, List<PublishedValue> published,
                                    DisclosurePolicy policy, String contact, LocalDate publishedOn) {
        List<String> definitions = published.stream().map(p -> p.source().indicator())
                .collect(Collectors.toCollection(TreeSet::new)).stream()
                .map(contents.definitions()::get)
                .map(d -> d.label() + " (" + d.indicator() + "): " + d.definition())
                .toList();
        return new CoverSheet("Outreach services: indicators for funders, " + describe(period), List.of(
                new CoverSheet.Section("About these figures", "How Breckland's outreach services were used and what"
                        + " they achieved (uptake, One Stop Bus operations, outcomes, value for money) by service,"
                        + " location, topic and partner, after disclosure control. The Contents sheet lists the"
                        + " tables: one per service."),
                new CoverSheet.Section("Period", period.label() + ": " + rowsOf(period)),
                new CoverSheet.Section("Source", "Outreach Warehouse, run " + contents.runId() + ", figures as of "
                        + contents.asOf() + "."),
                new CoverSheet.Section("Published", publishedOn.toString()),
                new CoverSheet.Section("Contact", contact),
                new CoverSheet.Section("Disclosure control", policy.describe()),
                new CoverSheet.Section("Revisions", "Every run recomputes every figure from all the records held up"
                        + " to its as-of date. When a partner re-sends a month's file, the next run replaces that"
                        + " month's records whole (and a record corrected in the council's databases is taken again,"
                        + " by the nightly overlap or a backfill), so the figures for that month, for its financial"
                        + " year and for the ALL rows over them can change in a later pack, and a cell can become"
                        + " suppressed or published. Figures are not marked as revised: the pack with the later run"
                        + " and as-of date (above, and in manifest.json) replaces earlier ones."),
                new CoverSheet.Section("Files", "indicators.csv holds the same rows with codes only, for loading"
                        + " into other systems; indicators.csv-metadata.json describes its columns (W3C CSV on the"
                        + " Web); manifest.json gives each file's SHA-256."),
                new CoverSheet.Section("Indicator definitions", definitions)));
    }

    private static String rowsOf(Period period) {
        return period.type() == Period.Type.FY
                ? "The financial year's rows (period_type FY) and its months' rows (period_type MONTH)."
                : "The month's rows (period_type MONTH).";
    }

    private static String describe(Period period) {
        return period.type() == Period.Type.FY
                ? "financial year " + period.label() + " (April " + period.first().getYear() + " to March "
                        + period.last().getYear() + ")"
                : "month " + period.label();
    }
}
