package com.brewline.cli;

import com.brewline.kitchen.PrepFigures;
import com.brewline.store.Reports;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** The preparation figures of {@code brewline report}: per item and per station, for the day and the last 4 weeks. */
final class PrepFiguresReport {
    private PrepFiguresReport() {
    }

    static String toTable(Reports.PrepFigureTable day, Reports.PrepFigureTable weeks, double lateAt) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%nPreparation per ticket made (p50 / p90; late: waited %s x the target or more)%n",
                lateAt));
        section(sb, "Station", day.byStation(), weeks.byStation());
        section(sb, "Item (per unit)", day.byItem(), weeks.byItem());
        return sb.toString();
    }

    private static void section(StringBuilder sb, String what, List<PrepFigures.Figure> day,
                                List<PrepFigures.Figure> weeks) {
        String row = "%-22s %6s %9s %9s %6s   %6s %9s %9s %6s%n";
        sb.append(String.format(row, what, "day n", "p50", "p90", "late", "4wk n", "p50", "p90", "late"));
        if (weeks.isEmpty()) {
            sb.append(String.format("%-22s%n", "  (none recorded)"));
        }
        for (PrepFigures.Figure week : weeks) {
            PrepFigures.Figure today = day.stream().filter(f -> f.key().equals(week.key())).findFirst().orElse(null);
            sb.append(String.format(row, week.key(),
                    today == null ? "0" : today.count(), today == null ? "-" : seconds(today.p50Seconds()),
                    today == null ? "-" : seconds(today.p90Seconds()), today == null ? "-" : today.latePercent() + " %",
                    week.count(), seconds(week.p50Seconds()), seconds(week.p90Seconds()), week.latePercent() + " %"));
        }
    }

    private static String seconds(long s) {
        return s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + " s";
    }

    static void addTo(ObjectNode node, Reports.PrepFigureTable day, Reports.PrepFigureTable weeks, double lateAt) {
        ObjectNode figures = node.putObject("prepFigures");
        figures.put("lateAtTargetFraction", lateAt);
        put(figures.putObject("day"), day);
        put(figures.putObject("last4Weeks"), weeks);
    }

    private static void put(ObjectNode node, Reports.PrepFigureTable table) {
        node.put("from", table.from().toString());
        node.put("to", table.toInclusive().toString());
        list(node.putArray("byStation"), table.byStation());
        list(node.putArray("byItem"), table.byItem());
    }

    private static void list(ArrayNode array, List<PrepFigures.Figure> figures) {
        for (PrepFigures.Figure f : figures) {
            array.addObject().put("id", f.key()).put("count", f.count()).put("p50Seconds", f.p50Seconds())
                    .put("p90Seconds", f.p90Seconds()).put("lateShare", Math.round(f.lateShare() * 1000) / 1000.0);
        }
    }
}
