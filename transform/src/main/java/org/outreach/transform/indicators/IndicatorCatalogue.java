package org.outreach.transform.indicators;

import java.util.List;
import org.outreach.datasets.IndicatorKind;
import org.outreach.datasets.IndicatorUnit;

/**
 * Every indicator's one definition (INDICATORS.md), kept beside the classes that compute
 * them. The transform writes it as {@code indicator_definitions}; the warehouse serves it to
 * analysts, its quality gate checks every figure has one, and the funder pack prints it on
 * its cover sheet and takes from the kind how to apply disclosure control.
 */
public final class IndicatorCatalogue {

    /** @param label the indicator's name in words, printed beside its id in published tables */
    public record Definition(String indicator, String label, String family, IndicatorKind kind, IndicatorUnit unit,
                             String definition) {

        Definition measuredIn(IndicatorUnit other) {
            return new Definition(indicator, label, family, kind, other, definition);
        }
    }

    public static final List<Definition> ALL = List.of(
            uptake("transactions", "Transactions", IndicatorKind.COUNT,
                    "Count of transactions: CRM BUS and WORKS_CLUB service transactions not void, META contacts"
                    + " whose case exists, First Click attended bookings."),
            uptake("anonymous_transactions", "Anonymous transactions", IndicatorKind.COUNT,
                    "Transactions with no person key."),
            uptake("unique_clients", "Unique clients", IndicatorKind.COUNT,
                    "Distinct persons among the transactions."),
            uptake("new_clients", "New clients", IndicatorKind.COUNT,
                    "Persons whose first ever transaction with the service (any location, all history up to the"
                    + " as-of date) falls in the period; counted at the location and topic of that first transaction"
                    + " (earliest time, ties by the smallest source id)."),
            uptake("service_days", "Service days", IndicatorKind.COUNT,
                    "Distinct dates with at least one transaction."),
            uptake("clients_per_service_day", "Clients per service day", IndicatorKind.MEAN,
                    "Mean over service days of the distinct persons seen that day: numerator the sum of the daily"
                    + " distinct counts, denominator service_days. An anonymous transaction makes a service day but"
                    + " adds no person."),
            bus("scheduled_visits", "Scheduled bus visits", IndicatorKind.COUNT,
                    "Visits the One Stop Bus schedule valid on each date implies (weekday, weeks rule, valid from"
                    + " and to)."),
            bus("completed_visits", "Completed bus visits", IndicatorKind.COUNT,
                    "Bus visit rows with status COMPLETED."),
            bus("visit_completion_rate", "Bus visit completion rate", IndicatorKind.RATE,
                    "completed_visits / scheduled_visits."),
            bus("footfall", "Footfall on completed bus visits", IndicatorKind.COUNT,
                    "Sum of footfall over completed bus visits."),
            bus("transactions_per_visit", "Transactions per bus visit", IndicatorKind.RATE,
                    "Bus transactions / completed_visits.").measuredIn(IndicatorUnit.AVERAGE),
            bus("review_flag", "Stop flagged for review", IndicatorKind.FLAG,
                    "Per stop and month: 1 when transactions_per_visit was below the review threshold (default"
                    + " 2.0) in this month and each of the two months before, each with at least one completed visit;"
                    + " else 0."),
            outcome("cases_opened", "META cases opened", IndicatorKind.COUNT,
                    "META cases by opened_on, at the case's office and the topic of its issue type."),
            outcome("cases_closed", "META cases closed", IndicatorKind.COUNT,
                    "META cases by closed_on."),
            outcome("outcome_rehoused", "Cases closed: rehoused", IndicatorKind.COUNT,
                    "Closed META cases with outcome REHOUSED, by closed_on."),
            outcome("outcome_sheltered", "Cases closed: sheltered", IndicatorKind.COUNT,
                    "Closed META cases with outcome SHELTERED, by closed_on."),
            outcome("outcome_returned_home", "Cases closed: returned home", IndicatorKind.COUNT,
                    "Closed META cases with outcome RETURNED_HOME, by closed_on."),
            outcome("outcome_benefit_awarded", "Cases closed: benefit awarded", IndicatorKind.COUNT,
                    "Closed META cases with outcome BENEFIT_AWARDED, by closed_on."),
            outcome("participants_signed_up", "Participants signed up", IndicatorKind.COUNT,
                    "Thetford Works!: distinct persons with a SIGNED_UP event in the period, per partner and ALL."),
            outcome("cvs_completed", "CVs completed", IndicatorKind.COUNT,
                    "Thetford Works!: distinct persons with CV_COMPLETED in the period."),
            outcome("job_starts", "Job starts", IndicatorKind.COUNT,
                    "Thetford Works!: distinct persons with JOB_START in the period."),
            outcome("job_start_rate", "Job start rate", IndicatorKind.RATE,
                    "Thetford Works!, financial year only: of the persons signed up in the year, the share with a"
                    + " JOB_START on or after their sign-up date (up to the as-of date)."),
            outcome("bookings", "First Click bookings", IndicatorKind.COUNT,
                    "First Click bookings, by session date."),
            outcome("attendances", "First Click attendances", IndicatorKind.COUNT,
                    "First Click bookings attended."),
            outcome("completions", "First Click completions", IndicatorKind.COUNT,
                    "First Click bookings completed (counted only if attended)."),
            outcome("attendance_rate", "First Click attendance rate", IndicatorKind.RATE,
                    "First Click attendances / bookings."),
            outcome("completion_rate", "First Click completion rate", IndicatorKind.RATE,
                    "First Click completions / attendances."),
            outcome("mean_feedback", "Mean First Click feedback score", IndicatorKind.MEAN,
                    "Mean First Click feedback score over attended bookings with a score."),
            outcome("referrals", "Referrals", IndicatorKind.COUNT,
                    "Referrals by referred_on, per partner (NCU, FIRE, CAB) and ALL."),
            outcome("referral_conversion_rate", "Referral conversion rate", IndicatorKind.RATE,
                    "COMPLETED / (COMPLETED + DECLINED + NO_CONTACT) referrals, by referred_on; pending ones left"
                    + " out."),
            outcome("clients_multi_service", "Clients of two or more services", IndicatorKind.COUNT,
                    "Financial year only: persons with transactions in two or more of the four services in the"
                    + " year."),
            valueForMoney("funding_gbp", "Funding (£)", IndicatorKind.MONEY,
                    "Funding whose period overlaps the financial year, pro rata by days, in pounds."),
            valueForMoney("cost_per_transaction", "Cost per transaction (£)", IndicatorKind.COST,
                    "funding_gbp / transactions of the services funded."),
            valueForMoney("cost_per_client", "Cost per client (£)", IndicatorKind.COST,
                    "funding_gbp / unique_clients of the services funded."));

    private IndicatorCatalogue() {
    }

    private static Definition uptake(String indicator, String label, IndicatorKind kind, String definition) {
        return new Definition(indicator, label, "uptake", kind, kind.unit(), definition);
    }

    private static Definition bus(String indicator, String label, IndicatorKind kind, String definition) {
        return new Definition(indicator, label, "bus operations", kind, kind.unit(), definition);
    }

    private static Definition outcome(String indicator, String label, IndicatorKind kind, String definition) {
        return new Definition(indicator, label, "outcomes", kind, kind.unit(), definition);
    }

    private static Definition valueForMoney(String indicator, String label, IndicatorKind kind, String definition) {
        return new Definition(indicator, label, "value for money", kind, kind.unit(), definition);
    }
}
