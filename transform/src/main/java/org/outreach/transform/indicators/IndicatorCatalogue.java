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
        COST;

        /** What a figure of this kind is measured in, unless its definition says otherwise. */
        Unit unit() {
            return switch (this) {
                case COUNT -> Unit.COUNT;
                case RATE -> Unit.PROPORTION;
                case MEAN -> Unit.AVERAGE;
                case FLAG -> Unit.FLAG;
                case MONEY, COST -> Unit.POUNDS;
            };
        }
    }

    /**
     * What a figure is measured in, which decides how published tables show it. A kind
     * alone cannot: transactions_per_visit is a RATE but not a share, cost_per_client a RATE
     * in pounds.
     */
    public enum Unit {
        /** A whole number of records, persons, days or visits. */
        COUNT,
        /** A share from 0 to 1. */
        PROPORTION,
        /** An amount per item: a mean, or items per visit or per day. */
        AVERAGE,
        /** Pounds sterling, or pounds per item. */
        POUNDS,
        /** 0 or 1. */
        FLAG
    }

    /** @param label the indicator's name in words, printed beside its id in published tables */
    public record Definition(String indicator, String label, String family, Kind kind, Unit unit,
                             String definition) {

        Definition measuredIn(Unit other) {
            return new Definition(indicator, label, family, kind, other, definition);
        }
    }

    public static final List<Definition> ALL = List.of(
            uptake("transactions", "Transactions", Kind.COUNT,
                    "Count of transactions: CRM BUS and WORKS_CLUB service transactions not void, META contacts"
                    + " whose case exists, First Click attended bookings."),
            uptake("anonymous_transactions", "Anonymous transactions", Kind.COUNT,
                    "Transactions with no person key."),
            uptake("unique_clients", "Unique clients", Kind.COUNT,
                    "Distinct persons among the transactions."),
            uptake("new_clients", "New clients", Kind.COUNT,
                    "Persons whose first ever transaction with the service (any location, all history up to the"
                    + " as-of date) falls in the period; counted at the location and topic of that first transaction"
                    + " (earliest time, ties by the smallest source id)."),
            uptake("service_days", "Service days", Kind.COUNT,
                    "Distinct dates with at least one transaction."),
            uptake("clients_per_service_day", "Clients per service day", Kind.MEAN,
                    "Mean over service days of the distinct persons seen that day: numerator the sum of the daily"
                    + " distinct counts, denominator service_days. An anonymous transaction makes a service day but"
                    + " adds no person."),
            bus("scheduled_visits", "Scheduled bus visits", Kind.COUNT,
                    "Visits the One Stop Bus schedule valid on each date implies (weekday, weeks rule, valid from"
                    + " and to)."),
            bus("completed_visits", "Completed bus visits", Kind.COUNT,
                    "Bus visit rows with status COMPLETED."),
            bus("visit_completion_rate", "Bus visit completion rate", Kind.RATE,
                    "completed_visits / scheduled_visits."),
            bus("footfall", "Footfall on completed bus visits", Kind.COUNT,
                    "Sum of footfall over completed bus visits."),
            bus("transactions_per_visit", "Transactions per bus visit", Kind.RATE,
                    "Bus transactions / completed_visits.").measuredIn(Unit.AVERAGE),
            bus("review_flag", "Stop flagged for review", Kind.FLAG,
                    "Per stop and month: 1 when transactions_per_visit was below the review threshold (default"
                    + " 2.0) in this month and each of the two months before, each with at least one completed visit;"
                    + " else 0."),
            outcome("cases_opened", "META cases opened", Kind.COUNT,
                    "META cases by opened_on, at the case's office and the topic of its issue type."),
            outcome("cases_closed", "META cases closed", Kind.COUNT,
                    "META cases by closed_on."),
            outcome("outcome_rehoused", "Cases closed: rehoused", Kind.COUNT,
                    "Closed META cases with outcome REHOUSED, by closed_on."),
            outcome("outcome_sheltered", "Cases closed: sheltered", Kind.COUNT,
                    "Closed META cases with outcome SHELTERED, by closed_on."),
            outcome("outcome_returned_home", "Cases closed: returned home", Kind.COUNT,
                    "Closed META cases with outcome RETURNED_HOME, by closed_on."),
            outcome("outcome_benefit_awarded", "Cases closed: benefit awarded", Kind.COUNT,
                    "Closed META cases with outcome BENEFIT_AWARDED, by closed_on."),
            outcome("participants_signed_up", "Participants signed up", Kind.COUNT,
                    "Thetford Works!: distinct persons with a SIGNED_UP event in the period, per partner and ALL."),
            outcome("cvs_completed", "CVs completed", Kind.COUNT,
                    "Thetford Works!: distinct persons with CV_COMPLETED in the period."),
            outcome("job_starts", "Job starts", Kind.COUNT,
                    "Thetford Works!: distinct persons with JOB_START in the period."),
            outcome("job_start_rate", "Job start rate", Kind.RATE,
                    "Thetford Works!, financial year only: of the persons signed up in the year, the share with a"
                    + " JOB_START on or after their sign-up date (up to the as-of date)."),
            outcome("bookings", "First Click bookings", Kind.COUNT,
                    "First Click bookings, by session date."),
            outcome("attendances", "First Click attendances", Kind.COUNT,
                    "First Click bookings attended."),
            outcome("completions", "First Click completions", Kind.COUNT,
                    "First Click bookings completed (counted only if attended)."),
            outcome("attendance_rate", "First Click attendance rate", Kind.RATE,
                    "First Click attendances / bookings."),
            outcome("completion_rate", "First Click completion rate", Kind.RATE,
                    "First Click completions / attendances."),
            outcome("mean_feedback", "Mean First Click feedback score", Kind.MEAN,
                    "Mean First Click feedback score over attended bookings with a score."),
            outcome("referrals", "Referrals", Kind.COUNT,
                    "Referrals by referred_on, per partner (NCU, FIRE, CAB) and ALL."),
            outcome("referral_conversion_rate", "Referral conversion rate", Kind.RATE,
                    "COMPLETED / (COMPLETED + DECLINED + NO_CONTACT) referrals, by referred_on; pending ones left"
                    + " out."),
            outcome("clients_multi_service", "Clients of two or more services", Kind.COUNT,
                    "Financial year only: persons with transactions in two or more of the four services in the"
                    + " year."),
            valueForMoney("funding_gbp", "Funding (£)", Kind.MONEY,
                    "Funding whose period overlaps the financial year, pro rata by days, in pounds."),
            valueForMoney("cost_per_transaction", "Cost per transaction (£)", Kind.COST,
                    "funding_gbp / transactions of the services funded."),
            valueForMoney("cost_per_client", "Cost per client (£)", Kind.COST,
                    "funding_gbp / unique_clients of the services funded."));

    private IndicatorCatalogue() {
    }

    private static Definition uptake(String indicator, String label, Kind kind, String definition) {
        return new Definition(indicator, label, "uptake", kind, kind.unit(), definition);
    }

    private static Definition bus(String indicator, String label, Kind kind, String definition) {
        return new Definition(indicator, label, "bus operations", kind, kind.unit(), definition);
    }

    private static Definition outcome(String indicator, String label, Kind kind, String definition) {
        return new Definition(indicator, label, "outcomes", kind, kind.unit(), definition);
    }

    private static Definition valueForMoney(String indicator, String label, Kind kind, String definition) {
        return new Definition(indicator, label, "value for money", kind, kind.unit(), definition);
    }
}
