package org.outreach.pipeline.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.outreach.ingest.meta.MetaExtractJobConfiguration;

/**
 * The META case system of the demo (SOURCES.md section 2): about 20 clients a day at the
 * Thetford office, fewer at King's Lynn; cases on benefits, tax and housing mostly; some
 * closed after the report's year. Two orphan contacts and a case with an unknown issue type,
 * quarantined. Three fixed cases hold oddities the contracts admit, published with a quality
 * warning or none: a client keyed by NI number in the CRM but by personal details here, with a
 * contact at another office than the case's (rule 6); a case closed without outcome; a case
 * closed after the as-of date (rule 17). They draw nothing from the random generator.
 */
final class DemoMeta {

    private static final String[] ISSUES = {"BENEFITS", "BENEFITS", "BENEFITS", "TAX", "TAX", "HOUSING", "HOUSING",
        "HOMELESSNESS", "EMPLOYMENT", "REPATRIATION", "OTHER"};
    private static final String[] OUTCOMES = {"REHOUSED", "SHELTERED", "RETURNED_HOME", "BENEFIT_AWARDED",
        "BENEFIT_AWARDED", "SIGNPOSTED", "SIGNPOSTED", "WITHDRAWN", null};

    private final Random random;
    private final List<DemoPeople.Person> people;

    DemoMeta(Random random, List<DemoPeople.Person> people) {
        this.random = random;
        this.people = people;
    }

    void write(Connection connection, LocalDate end) throws SQLException {
        MetaExtractJobConfiguration.SOURCE_TABLES.createIn(connection);
        try (PreparedStatement cases = connection.prepareStatement(
                     "INSERT INTO meta_case VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement contacts = connection.prepareStatement(
                     "INSERT INTO meta_contact VALUES (?, ?, ?, ?, ?, ?)")) {
            long contactId = 1;
            int caseNumber = 0;
            for (LocalDate day = DemoSchedule.LAUNCH; !day.isAfter(end); day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                for (int n = random.nextInt(4) + 1; n > 0; n--) {
                    caseNumber++;
                    String ref = String.format("MC-%02d-%05d", day.getYear() % 100, caseNumber);
                    String office = random.nextInt(10) < 8 ? "OFF-THETFORD" : "OFF-KINGS-LYNN";
                    DemoPeople.Person client = people.get(random.nextInt(people.size()));
                    LocalDate closed = random.nextInt(10) < 7 ? day.plusDays(10 + random.nextInt(90)) : null;
                    String issue = caseNumber == 77 ? "PARKING" : ISSUES[random.nextInt(ISSUES.length)];
                    addCase(cases, ref, office, day, closed, client, issue);
                    LocalDate last = closed == null || closed.isAfter(end) ? end : closed;
                    for (LocalDate visit = day; !visit.isAfter(last); visit = visit.plusDays(2 + random.nextInt(10))) {
                        if (visit.getDayOfWeek().getValue() <= 5) {
                            addContact(contacts, contactId++, ref, visit, office);
                        }
                    }
                }
            }
            addContact(contacts, contactId++, "MC-10-99998", LocalDate.of(2010, 10, 4), "OFF-THETFORD");
            addContact(contacts, contactId, "MC-11-99999", LocalDate.of(2011, 2, 14), "OFF-THETFORD");
            addAdmittedOddities(cases, contacts);
            cases.executeBatch();
            contacts.executeBatch();
        }
    }

    /** META leaves these clients' NI number out: they are keyed by surname, date of birth and postcode sector. */
    private void addAdmittedOddities(PreparedStatement cases, PreparedStatement contacts) throws SQLException {
        DemoPeople.Person client = DemoPeople.firstWithAValidNiNumber(people);
        addCaseRow(cases, "MC-11-90001", "OFF-THETFORD", LocalDate.of(2011, 1, 10), null, client, null, "HOUSING",
                null);
        addContactRow(contacts, 900_001, "MC-11-90001", LocalDate.of(2011, 1, 10), "OFF-THETFORD", 30);
        addContactRow(contacts, 900_002, "MC-11-90001", LocalDate.of(2011, 1, 24), "OFF-KINGS-LYNN", 30);
        DemoPeople.Person other = people.get(people.indexOf(client) + 1);
        addCaseRow(cases, "MC-11-90002", "OFF-KINGS-LYNN", LocalDate.of(2011, 1, 5), LocalDate.of(2011, 2, 1),
                other, null, "HOUSING", null);
        addContactRow(contacts, 900_003, "MC-11-90002", LocalDate.of(2011, 1, 5), "OFF-KINGS-LYNN", 30);
        addCaseRow(cases, "MC-11-90003", "OFF-THETFORD", LocalDate.of(2011, 3, 1), LocalDate.of(2011, 4, 20),
                other, null, "HOUSING", "REHOUSED");
        addContactRow(contacts, 900_004, "MC-11-90003", LocalDate.of(2011, 3, 1), "OFF-THETFORD", 30);
    }

    private void addCase(PreparedStatement cases, String ref, String office, LocalDate opened, LocalDate closed,
                         DemoPeople.Person client, String issue) throws SQLException {
        // META records the NI number less often than the council does.
        String niNumber = random.nextInt(10) < 4 ? client.niNumber() : null;
        String outcome = closed == null ? null : OUTCOMES[random.nextInt(OUTCOMES.length)];
        addCaseRow(cases, ref, office, opened, closed, client, niNumber, issue, outcome);
    }

    private static void addCaseRow(PreparedStatement cases, String ref, String office, LocalDate opened,
                                   LocalDate closed, DemoPeople.Person client, String niNumber, String issue,
                                   String outcome) throws SQLException {
        cases.setString(1, ref);
        cases.setString(2, office);
        cases.setObject(3, opened);
        cases.setObject(4, closed);
        cases.setString(5, client.surname());
        cases.setObject(6, client.dateOfBirth());
        cases.setString(7, niNumber);
        cases.setString(8, client.postcode());
        cases.setString(9, client.nationality());
        cases.setString(10, issue);
        cases.setString(11, outcome);
        cases.setObject(12, (closed == null ? opened : closed).atTime(17, 0));
        cases.addBatch();
    }

    private void addContact(PreparedStatement contacts, long id, String ref, LocalDate on, String office)
            throws SQLException {
        addContactRow(contacts, id, ref, on, office, 10 + random.nextInt(50));
    }

    private static void addContactRow(PreparedStatement contacts, long id, String ref, LocalDate on, String office,
                                      int minutes) throws SQLException {
        contacts.setLong(1, id);
        contacts.setString(2, ref);
        contacts.setObject(3, on);
        contacts.setString(4, office);
        contacts.setInt(5, minutes);
        contacts.setObject(6, on.atTime(17, 30));
        contacts.addBatch();
    }
}
