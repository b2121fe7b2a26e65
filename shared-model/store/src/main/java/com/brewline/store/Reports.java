package com.brewline.store;

import com.brewline.model.DaySummary;

import java.time.LocalDate;
import java.util.List;

/** The owner's figures. */
public interface Reports {
    DaySummary daySummary(LocalDate date);

    /** Preparation times kept for good, per item and per hour of the day. */
    List<PrepTimeStat> prepTimeHistory(LocalDate from, LocalDate toInclusive);

    record PrepTimeStat(String itemId, int hourOfDay, int count, double averageSeconds, int p90Seconds) {
    }
}
