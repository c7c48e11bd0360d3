package org.outreach.ingest.support;

import java.time.LocalDate;

/** The age band at an event date: the only trace of a date of birth that leaves ingest. */
public final class AgeBands {

    private AgeBands() {
    }

    public static String at(LocalDate dateOfBirth, LocalDate eventDate) {
        if (dateOfBirth == null || eventDate == null || dateOfBirth.isAfter(eventDate)) {
            return null;
        }
        // Completed years, as Period.between counts them, without building a Period per row.
        int age = eventDate.getYear() - dateOfBirth.getYear();
        if (eventDate.getMonthValue() < dateOfBirth.getMonthValue()
                || eventDate.getMonthValue() == dateOfBirth.getMonthValue()
                && eventDate.getDayOfMonth() < dateOfBirth.getDayOfMonth()) {
            age--;
        }
        if (age < 18) {
            return "0-17";
        } else if (age < 25) {
            return "18-24";
        } else if (age < 35) {
            return "25-34";
        } else if (age < 50) {
            return "35-49";
        } else if (age < 65) {
            return "50-64";
        }
        return "65+";
    }
}
