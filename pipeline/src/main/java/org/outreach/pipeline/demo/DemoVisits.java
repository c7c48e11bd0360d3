package org.outreach.pipeline.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Every planned visit of the bus: completed, or cancelled on bank holidays and bad days. */
final class DemoVisits {

    static final class Visit {
        final LocalDate date;
        final DemoSchedule.Stop stop;
        final String status;
        final String cancelReason;
        int transactions;

        Visit(LocalDate date, DemoSchedule.Stop stop, String status, String cancelReason) {
            this.date = date;
            this.stop = stop;
            this.status = status;
            this.cancelReason = cancelReason;
        }

        boolean completed() {
            return status.equals("COMPLETED");
        }
    }

    private static final Set<LocalDate> BANK_HOLIDAYS = Set.of(LocalDate.of(2010, 8, 30), LocalDate.of(2010, 12, 27),
            LocalDate.of(2010, 12, 28), LocalDate.of(2011, 1, 3));
    private static final String[] BAD_DAYS = {"Vehicle breakdown", "Driver ill", "Snow, roads closed"};

    private DemoVisits() {
    }

    static List<Visit> plan(Random random, LocalDate end) {
        List<Visit> visits = new ArrayList<>();
        for (LocalDate day = DemoSchedule.LAUNCH; !day.isAfter(end); day = day.plusDays(1)) {
            for (DemoSchedule.Stop stop : DemoSchedule.STOPS) {
                if (!stop.servesOn(day)) {
                    continue;
                }
                if (BANK_HOLIDAYS.contains(day)) {
                    visits.add(new Visit(day, stop, "CANCELLED", "Bank holiday"));
                } else if (random.nextInt(100) < 4) {
                    visits.add(new Visit(day, stop, "CANCELLED", BAD_DAYS[random.nextInt(BAD_DAYS.length)]));
                } else {
                    visits.add(new Visit(day, stop, "COMPLETED", null));
                }
            }
        }
        return visits;
    }
}
