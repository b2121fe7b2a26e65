package com.brewline.store;

import com.brewline.kitchen.PrepFigures;
import com.brewline.model.DaySummary;

import java.time.LocalDate;
import java.util.List;

/** The owner's figures. */
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

    record PrepTimeStat(String itemId, int hourOfDay, int count, double averageSeconds, int p90Seconds) {
    }
}
