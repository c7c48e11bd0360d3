package org.outreach.pipeline.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Invented residents of Breckland, with the defects real records have. */
final class DemoPeople {

    record Person(long id, String forename, String surname, LocalDate dateOfBirth, String niNumber,
                  String postcode, String nationality, String language, LocalDateTime updatedAt) {
    }

    private static final String[][] NAMES = {
        // nationality, language, forenames..., "|", surnames...
        {"PL", "pl", "Anna", "Piotr", "Katarzyna", "Tomasz", "Agnieszka", "Marek", "|", "Nowak", "Kowalski",
            "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zieliński", "Szymańska"},
        {"LT", "lt", "Jonas", "Rūta", "Tomas", "Asta", "Mindaugas", "|", "Kazlauskas", "Jankauskienė",
            "Petrauskas", "Stankevičius", "Vasiliauskas"},
        {"LV", "lv", "Jānis", "Inese", "Andris", "Līga", "|", "Bērziņš", "Kalniņa", "Ozols", "Liepiņš"},
        {"PT", "pt", "João", "Maria", "Ana", "Rui", "Luís", "|", "Gonçalves", "Silva", "Santos", "Ferreira",
            "Conceição"},
        {"GB", "en", "John", "Susan", "David", "Margaret", "Peter", "Janet", "|", "Smith", "Howlett", "Bunting",
            "Rix", "Thrower", "Eagle", "Goodrum"},
    };
    private static final String[] DISTRICTS = {"IP24", "IP25", "NR19", "PE37", "NR17", "NR20", "IP22"};
    private static final String NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ";
    private static final String NI_SECOND = "ABCEGHJKLMNPRSTWXYZ";

    private DemoPeople() {
    }

    static List<Person> generate(int count, Random random) {
        List<Person> people = new ArrayList<>(count);
        for (long id = 1; id <= count; id++) {
            String[] group = pick(random);
            int bar = List.of(group).indexOf("|");
            String forename = group[2 + random.nextInt(bar - 2)];
            String surname = group[bar + 1 + random.nextInt(group.length - bar - 1)];
            LocalDate dob = random.nextInt(100) < 5 ? null
                    : LocalDate.of(1940, 1, 1).plusDays(random.nextInt(52 * 365));
            String nationality = random.nextInt(100) < 5 ? null : group[0];
            LocalDateTime updated = LocalDateTime.of(2010, 5, 1, 9, 0).plusMinutes(random.nextInt(60 * 24 * 300));
            people.add(new Person(id, forename, surname, dob, niNumber(random), postcode(random), nationality,
                    random.nextInt(100) < 10 ? null : group[1], updated));
        }
        return people;
    }

    /** A person the council keys by NI number, for records that another source keys otherwise. */
    static Person firstWithAValidNiNumber(List<Person> people) {
        return people.stream()
                .filter(p -> p.niNumber() != null && p.niNumber().matches("[A-Z]{2}[0-9]{6}[A-D]")
                        && p.dateOfBirth() != null && p.postcode() != null)
                .findFirst().orElseThrow();
    }

    private static String[] pick(Random random) {
        int roll = random.nextInt(100);
        if (roll < 30) {
            return NAMES[0];
        } else if (roll < 45) {
            return NAMES[1];
        } else if (roll < 55) {
            return NAMES[2];
        } else if (roll < 65) {
            return NAMES[3];
        }
        return NAMES[4];
    }

    /** Valid, lower case and spaced, dashed (invalid) or missing, as clerks type them. */
    private static String niNumber(Random random) {
        String ni = "" + NI_FIRST.charAt(random.nextInt(NI_FIRST.length()))
                + NI_SECOND.charAt(random.nextInt(NI_SECOND.length()))
                + String.format("%06d", random.nextInt(1_000_000)) + "ABCD".charAt(random.nextInt(4));
        int roll = random.nextInt(100);
        if (roll < 60) {
            return ni;
        } else if (roll < 72) {
            return (ni.substring(0, 2) + " " + ni.substring(2, 4) + " " + ni.substring(4, 6) + " "
                    + ni.substring(6, 8) + " " + ni.substring(8)).toLowerCase();
        } else if (roll < 77) {
            return ni.substring(0, 2) + "-" + ni.substring(2, 8) + "-" + ni.substring(8);
        }
        return null;
    }

    private static String postcode(Random random) {
        String postcode = DISTRICTS[random.nextInt(DISTRICTS.length)] + " " + (1 + random.nextInt(9))
                + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
        int roll = random.nextInt(100);
        if (roll < 15) {
            return postcode.replace(" ", "").toLowerCase();
        } else if (roll < 20) {
            return null;
        }
        return postcode;
    }
}
