package com.brewline.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * A run of business days, both ends included. A day and a week are compared with the same weekdays
 * four weeks earlier (a Saturday with a Saturday: a cafe's days differ by weekday more than by
 * anything else); a month with the month before; any other run with the same dates a month earlier.
 */
public record Period(Kind kind, LocalDate from, LocalDate toInclusive) {
    /** The longest period a report covers: a year and a day (bounds the work one request may ask for). */
    public static final int MAX_DAYS = 366;

    public enum Kind { DAY, WEEK, MONTH, CUSTOM }

    public Period {
        if (from.isAfter(toInclusive)) {
            throw new IllegalArgumentException("the period starts (" + from + ") after it ends (" + toInclusive + ")");
        }
        if (ChronoUnit.DAYS.between(from, toInclusive) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException("a report covers at most " + MAX_DAYS + " days, " + from + " to "
                    + toInclusive + " is longer");
        }
    }

    public static Period day(LocalDate date) {
        return new Period(Kind.DAY, date, date);
    }

    /** The ISO week (Monday to Sunday) holding {@code date}. */
    public static Period week(LocalDate date) {
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Period(Kind.WEEK, monday, monday.plusDays(6));
    }

    public static Period month(LocalDate date) {
        LocalDate first = date.withDayOfMonth(1);
        return new Period(Kind.MONTH, first, first.with(TemporalAdjusters.lastDayOfMonth()));
    }

    public static Period of(Kind kind, LocalDate date) {
        return switch (kind) {
            case DAY -> day(date);
            case WEEK -> week(date);
            case MONTH -> month(date);
            case CUSTOM -> throw new IllegalArgumentException("a custom period needs both ends");
        };
    }

    /**
     * From..to as given, recognised as what it is (a single day, a Monday-to-Sunday week, a calendar month) so
     * that {@code report --from --to} compares it as the office does.
     */
    public static Period between(LocalDate from, LocalDate toInclusive) {
        if (from.equals(toInclusive)) {
            return day(from);
        }
        if (week(from).equals(new Period(Kind.WEEK, from, toInclusive))) {
            return week(from);
        }
        if (month(from).equals(new Period(Kind.MONTH, from, toInclusive))) {
            return month(from);
        }
        return new Period(Kind.CUSTOM, from, toInclusive);
    }

    /** The period it is compared with (see the class comment). */
    public Period comparison() {
        return switch (kind) {
            case DAY, WEEK -> new Period(kind, from.minusWeeks(4), toInclusive.minusWeeks(4));
            case MONTH -> month(from.minusMonths(1));
            case CUSTOM -> new Period(kind, from.minusMonths(1), toInclusive.minusMonths(1));
        };
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(from, toInclusive) + 1;
    }
}
