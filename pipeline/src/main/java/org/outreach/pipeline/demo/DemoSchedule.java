package org.outreach.pipeline.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The One Stop Bus timetable of the demo, after the report: Narborough and Great Ellingham
 * dropped at the end of 2010, Beeston and Sporle added in January 2011, Thetford on the
 * last Wednesday of each month for Thetford Works!.
 */
final class DemoSchedule {

    record Stop(String locationCode, DayOfWeek weekday, String weeks, String arrive, String depart,
                LocalDate validFrom, LocalDate validTo, double meanTransactions) {

        boolean servesOn(LocalDate date) {
            if (date.getDayOfWeek() != weekday || date.isBefore(validFrom)
                    || (validTo != null && date.isAfter(validTo))) {
                return false;
            }
            int week = (date.getDayOfMonth() - 1) / 7 + 1;
            boolean last = date.plusWeeks(1).getMonth() != date.getMonth();
            for (String token : weeks.split(",")) {
                if (token.equals("ALL") || (token.equals("LAST") && last)
                        || (!token.equals("LAST") && Integer.parseInt(token) == week)) {
                    return true;
                }
            }
            return false;
        }
    }

    static final LocalDate LAUNCH = LocalDate.of(2010, 6, 1);
    private static final LocalDate CHANGE = LocalDate.of(2011, 1, 1);

    static final List<Stop> STOPS = List.of(
            new Stop("BUS-MATTISHALL", DayOfWeek.MONDAY, "ALL", "09:30", "12:00", LAUNCH, null, 4.0),
            new Stop("BUS-NECTON", DayOfWeek.MONDAY, "ALL", "13:30", "15:30", LAUNCH, null, 2.5),
            new Stop("BUS-NARBOROUGH", DayOfWeek.TUESDAY, "1,3", "10:00", "12:00", LAUNCH,
                    CHANGE.minusDays(1), 0.8),
            new Stop("BUS-BEESTON", DayOfWeek.TUESDAY, "1,3", "10:00", "12:00", CHANGE, null, 3.0),
            new Stop("BUS-SHIPDHAM", DayOfWeek.TUESDAY, "2,4", "13:30", "15:30", LAUNCH, null, 3.0),
            new Stop("BUS-KENNINGHALL", DayOfWeek.WEDNESDAY, "1,3", "10:00", "12:00", LAUNCH, null, 2.0),
            new Stop("BUS-GARBOLDISHAM", DayOfWeek.WEDNESDAY, "1,3", "13:30", "15:30", LAUNCH, null, 1.5),
            new Stop("BUS-THETFORD", DayOfWeek.WEDNESDAY, "LAST", "10:00", "15:00", LAUNCH, null, 6.0),
            new Stop("BUS-GT-ELLINGHAM", DayOfWeek.THURSDAY, "2,4", "10:00", "12:30", LAUNCH,
                    CHANGE.minusDays(1), 0.7),
            new Stop("BUS-SPORLE", DayOfWeek.THURSDAY, "2,4", "10:00", "12:30", CHANGE, null, 2.5),
            new Stop("BUS-BANHAM", DayOfWeek.FRIDAY, "ALL", "10:00", "12:00", LAUNCH, null, 3.5),
            new Stop("BUS-SAHAM-TONEY", DayOfWeek.FRIDAY, "2,LAST", "13:30", "15:30", LAUNCH, null, 2.0));

    private DemoSchedule() {
    }

    /** December dipped and 2011 picked up, as the report says. */
    static double seasonality(LocalDate date) {
        YearMonth month = YearMonth.from(date);
        if (month.getMonthValue() == 12) {
            return 0.6;
        }
        return month.getYear() == 2011 ? 1.4 : 1.0;
    }
}
