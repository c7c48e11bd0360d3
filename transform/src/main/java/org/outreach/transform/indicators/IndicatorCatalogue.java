package org.outreach.transform.indicators;

import java.util.List;

/**
 * Every indicator's one definition (INDICATORS.md), kept beside the classes that compute
 * them. The transform writes it as {@code indicator_definitions}; the warehouse serves it to
 * analysts, its quality gate checks every figure has one, and the funder pack prints it on
 * its cover sheet and takes from the kind how to apply disclosure control.
 */
public final class IndicatorCatalogue {

    /** How a figure is measured, which decides how disclosure control treats it. */
    public enum Kind {
        /** A count of records or persons: suppressed when small. */
        COUNT,
        /** numerator / denominator: suppressed when either part is small. */
        RATE,
        /** A mean: numerator is the total, denominator the number of items. */
        MEAN,
        /** A 0/1 flag for the operations team: never suppressed. */
        FLAG,
        /** Pounds: never suppressed. */
        MONEY,
        /**
         * Pounds per count (numerator funding in pounds, denominator a count of transactions or
         * persons): money is not a count, so only the denominator is judged and rounded.
         */
        COST
    }

    public record Definition(String indicator, String family, Kind kind, String definition) {
    }

    public static final List<Definition> ALL = List.of(
            uptake("transactions", Kind.COUNT, "Count of transactions: CRM BUS and WORKS_CLUB service"
                    + " transactions not void, META contacts whose case exists, First Click attended bookings."),
            uptake("anonymous_transactions", Kind.COUNT, "Transactions with no person key."),
            uptake("unique_clients", Kind.COUNT, "Distinct persons among the transactions."),
            uptake("new_clients", Kind.COUNT, "Persons whose first ever transaction with the service (any"
                    + " location, all history up to the as-of date) falls in the period; counted at the location"
                    + " and topic of that first transaction (earliest time, ties by the smallest source id)."),
            uptake("service_days", Kind.COUNT, "Distinct dates with at least one transaction."),
            uptake("clients_per_service_day", Kind.MEAN, "Mean over service days of the distinct persons seen"
                    + " that day: numerator the sum of the daily distinct counts, denominator service_days."
                    + " An anonymous transaction makes a service day but adds no person."),
            bus("scheduled_visits", Kind.COUNT, "Visits the One Stop Bus schedule valid on each date implies"
                    + " (weekday, weeks rule, valid from and to)."),
            bus("completed_visits", Kind.COUNT, "Bus visit rows with status COMPLETED."),
            bus("visit_completion_rate", Kind.RATE, "completed_visits / scheduled_visits."),
            bus("footfall", Kind.COUNT, "Sum of footfall over completed bus visits."),
            bus("transactions_per_visit", Kind.RATE, "Bus transactions / completed_visits."),
            bus("review_flag", Kind.FLAG, "Per stop and month: 1 when transactions_per_visit was below the"
                    + " review threshold (default 2.0) in this month and each of the two months before, each with"
                    + " at least one completed visit; else 0."),
            outcome("cases_opened", Kind.COUNT, "META cases by opened_on, at the case's office and the topic of"
                    + " its issue type."),
            outcome("cases_closed", Kind.COUNT, "META cases by closed_on."),
            outcome("outcome_rehoused", Kind.COUNT, "Closed META cases with outcome REHOUSED, by closed_on."),
            outcome("outcome_sheltered", Kind.COUNT, "Closed META cases with outcome SHELTERED, by closed_on."),
            outcome("outcome_returned_home", Kind.COUNT, "Closed META cases with outcome RETURNED_HOME, by"
                    + " closed_on."),
            outcome("outcome_benefit_awarded", Kind.COUNT, "Closed META cases with outcome BENEFIT_AWARDED, by"
                    + " closed_on."),
            outcome("participants_signed_up", Kind.COUNT, "Thetford Works!: distinct persons with a SIGNED_UP"
                    + " event in the period, per partner and ALL."),
            outcome("cvs_completed", Kind.COUNT, "Thetford Works!: distinct persons with CV_COMPLETED in the"
                    + " period."),
            outcome("job_starts", Kind.COUNT, "Thetford Works!: distinct persons with JOB_START in the period."),
            outcome("job_start_rate", Kind.RATE, "Thetford Works!, financial year only: of the persons signed up"
                    + " in the year, the share with a JOB_START on or after their sign-up date (up to the as-of"
                    + " date)."),
            outcome("bookings", Kind.COUNT, "First Click bookings, by session date."),
            outcome("attendances", Kind.COUNT, "First Click bookings attended."),
            outcome("completions", Kind.COUNT, "First Click bookings completed (counted only if attended)."),
            outcome("attendance_rate", Kind.RATE, "First Click attendances / bookings."),
            outcome("completion_rate", Kind.RATE, "First Click completions / attendances."),
            outcome("mean_feedback", Kind.MEAN, "Mean First Click feedback score over attended bookings with a"
                    + " score."),
            outcome("referrals", Kind.COUNT, "Referrals by referred_on, per partner (NCU, FIRE, CAB) and ALL."),
            outcome("referral_conversion_rate", Kind.RATE, "COMPLETED / (COMPLETED + DECLINED + NO_CONTACT)"
                    + " referrals, by referred_on; pending ones left out."),
            outcome("clients_multi_service", Kind.COUNT, "Financial year only: persons with transactions in two"
                    + " or more of the four services in the year."),
            valueForMoney("funding_gbp", Kind.MONEY, "Funding whose period overlaps the financial year, pro rata"
                    + " by days, in pounds."),
            valueForMoney("cost_per_transaction", Kind.COST, "funding_gbp / transactions of the services funded."),
            valueForMoney("cost_per_client", Kind.COST, "funding_gbp / unique_clients of the services funded."));

    private IndicatorCatalogue() {
    }

    private static Definition uptake(String indicator, Kind kind, String definition) {
        return new Definition(indicator, "uptake", kind, definition);
    }

    private static Definition bus(String indicator, Kind kind, String definition) {
        return new Definition(indicator, "bus operations", kind, definition);
    }

    private static Definition outcome(String indicator, Kind kind, String definition) {
        return new Definition(indicator, "outcomes", kind, definition);
    }

    private static Definition valueForMoney(String indicator, Kind kind, String definition) {
        return new Definition(indicator, "value for money", kind, definition);
    }
}
