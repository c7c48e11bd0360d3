package org.outreach.pipeline.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.outreach.ingest.crm.CrmExtractJobConfiguration;

/** The council CRM of the demo: schema {@code crm} exactly as SOURCES.md section 1. */
final class DemoCrm {


    private static final String[] BENEFITS = {"BEN-HB", "BEN-CTB", "BEN-JSA", "BEN-CHB"};
    private static final String[] TAX = {"TAX-CT", "TAX-HMRC"};
    private static final String[] HOUSING = {"HSG-REG", "HSG-ADV", "HSG-HOM"};
    private static final String[] EMPLOYMENT = {"EMP-CV", "EMP-JOB", "EMP-TRN"};
    private static final String[] OTHER = {"GEN-WST", "GEN-PLN", "GEN-ENQ"};
    /** A code the council added without telling the analysts: it must surface as UNMAPPED. */
    private static final String UNLISTED_CODE = "GEN-XMAS";
    private static final String[] OUTCOMES = {"RESOLVED", "RESOLVED", "RESOLVED", "REFERRED", "SIGNPOSTED",
        "SIGNPOSTED", "FOLLOW_UP", null};

    private final Random random;
    private final List<DemoPeople.Person> people;
    private final Map<LocalDate, List<DemoVisits.Visit>> visitsByDay;
    private long nextTransactionId = 100_000;

    DemoCrm(Random random, List<DemoPeople.Person> people, List<DemoVisits.Visit> visits) {
        this.random = random;
        this.people = people;
        this.visitsByDay = visits.stream().collect(Collectors.groupingBy(v -> v.date));
    }

    void write(Connection connection) throws SQLException {
        CrmExtractJobConfiguration.SOURCE_TABLES.createIn(connection);
        writeCustomers(connection);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO crm.service_transaction VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (LocalDate day = DemoSchedule.LAUNCH; !day.isAfter(DemoEstate.END); day = day.plusDays(1)) {
                writeDay(insert, day);
            }
            // A channel the contract does not know: both rows must be quarantined.
            add(insert, LocalDateTime.of(2010, 11, 12, 10, 0), "KIOSK", "OFF-DEREHAM", pick(OTHER), 0);
            add(insert, LocalDateTime.of(2011, 2, 8, 15, 30), "KIOSK", "OFF-DEREHAM", pick(TAX), 0);
            insert.executeBatch();
        }
    }

    private void writeCustomers(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO crm.customer VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (DemoPeople.Person p : people) {
                insert.setLong(1, p.id());
                insert.setString(2, p.forename());
                insert.setString(3, p.surname());
                insert.setObject(4, p.dateOfBirth());
                insert.setString(5, p.niNumber());
                insert.setString(6, p.postcode());
                insert.setString(7, p.nationality());
                insert.setString(8, p.language());
                insert.setObject(9, p.updatedAt());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void writeDay(PreparedStatement insert, LocalDate day) throws SQLException {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return;
        }
        double season = DemoSchedule.seasonality(day);
        for (DemoVisits.Visit visit : visitsByDay.getOrDefault(day, List.of())) {
            if (!visit.completed()) {
                continue;
            }
            DemoSchedule.Stop stop = visit.stop;
            LocalTime arrive = LocalTime.parse(stop.arrive());
            visit.transactions = poisson(stop.meanTransactions() * season);
            for (int i = 0; i < visit.transactions; i++) {
                add(insert, day.atTime(arrive).plusMinutes(random.nextInt(120)), "BUS", stop.locationCode(),
                        anyTopic(), 25);
            }
            if (stop.locationCode().equals("BUS-THETFORD")) {
                for (int i = poisson(3 * season); i > 0; i--) {
                    add(insert, day.atTime(arrive).plusMinutes(random.nextInt(240)), "WORKS_CLUB",
                            stop.locationCode(), pick(EMPLOYMENT), 5);
                }
            }
        }
        if (day.getDayOfWeek() == DayOfWeek.TUESDAY && !day.isBefore(LocalDate.of(2010, 9, 1))) {
            for (int i = poisson(4 * season); i > 0; i--) {
                add(insert, day.atTime(13, 0).plusMinutes(random.nextInt(180)), "WORKS_CLUB", "VEN-CARNEGIE",
                        random.nextInt(10) < 8 ? pick(EMPLOYMENT) : anyTopic(), 5);
            }
        }
        for (int i = poisson(6); i > 0; i--) {
            add(insert, day.atTime(9, 0).plusMinutes(random.nextInt(480)), "OFFICE",
                    random.nextBoolean() ? "OFF-THETFORD" : "OFF-DEREHAM", anyTopic(), 10);
        }
        for (int i = poisson(5); i > 0; i--) {
            add(insert, day.atTime(8, 0).plusMinutes(random.nextInt(600)), random.nextBoolean() ? "PHONE" : "WEB",
                    null, anyTopic(), 30);
        }
    }

    private void add(PreparedStatement insert, LocalDateTime occurredAt, String channel, String location,
                     String serviceCode, int anonymousPercent) throws SQLException {
        insert.setLong(1, nextTransactionId++);
        if (random.nextInt(100) < anonymousPercent) {
            insert.setObject(2, null);
        } else {
            // A few regulars come again and again; most people once or twice.
            double skew = random.nextDouble();
            insert.setLong(2, people.get((int) (people.size() * skew * skew)).id());
        }
        insert.setObject(3, occurredAt);
        insert.setString(4, channel);
        insert.setString(5, location);
        insert.setString(6, serviceCode);
        insert.setString(7, OUTCOMES[random.nextInt(OUTCOMES.length)]);
        insert.setString(8, "SC0" + (1 + random.nextInt(4)));
        insert.setBoolean(9, random.nextInt(100) < 2);
        // Outcomes are often recorded days later, moving updated_at on.
        insert.setObject(10, occurredAt.plusMinutes(random.nextInt(60 * 24 * 7)));
        insert.addBatch();
    }

    private String anyTopic() {
        int roll = random.nextInt(100);
        if (roll < 35) {
            return pick(BENEFITS);
        } else if (roll < 55) {
            return pick(TAX);
        } else if (roll < 75) {
            return pick(HOUSING);
        } else if (roll < 85) {
            return pick(EMPLOYMENT);
        } else if (roll < 98) {
            return pick(OTHER);
        }
        return UNLISTED_CODE;
    }

    private String pick(String[] codes) {
        return codes[random.nextInt(codes.length)];
    }

    private int poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
