package com.brewline.store;

import com.brewline.kitchen.PrepFigures;
import com.brewline.model.DaySummary;
import com.brewline.report.ReportOrder;

import java.time.LocalDate;
import java.util.List;

/** The owner's figures (staff calls: {@link StaffCalls}, read from the staff alerts). */
public interface Reports {
    DaySummary daySummary(LocalDate date);

    /** Preparation times kept for good, per item and per hour of the day. */
    List<PrepTimeStat> prepTimeHistory(LocalDate from, LocalDate toInclusive);

    /**
     * Preparation figures over the business days {@code from}..{@code toInclusive} (a day, or the last 4 weeks),
     * kept for good: per item (per unit made) and per station (per part of an order), p50/p90 and the share of
     * tickets that turned late at {@code lateAtFraction} of their target (config barista.lateAtTargetFraction).
     */
    PrepFigureTable prepFigures(LocalDate from, LocalDate toInclusive, double lateAtFraction);

    record PrepFigureTable(LocalDate from, LocalDate toInclusive, List<PrepFigures.Figure> byItem,
                           List<PrepFigures.Figure> byStation) {
    }

    /**
     * Every order paid on a business day dated {@code from..toInclusive}, oldest paid first, with its
     * lines, its payment key, its refund and the reason of its cancel or rejection: plain rows, no
     * figures (those are computed in the domain, {@code PeriodFigures}, so every engine agrees). SQL:
     * orders joined to business_days (date BETWEEN), payments and refunds (LEFT JOIN); the reason is the
     * latest CANCELLED/REJECTED order event's; lines in a second query over the same orders.
     */
    List<ReportOrder> paidOrders(LocalDate from, LocalDate toInclusive);

    record PrepTimeStat(String itemId, int hourOfDay, int count, double averageSeconds, int p90Seconds) {
    }
}
