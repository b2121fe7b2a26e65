package com.brewline.cli;

import com.brewline.report.FiguresJson;
import com.brewline.report.OrdersCsv;
import com.brewline.report.Period;
import com.brewline.report.PeriodFigures;
import com.brewline.report.ReportOrder;
import com.brewline.report.StaffCallFigures;
import com.brewline.store.StaffCalls;
import com.brewline.store.BrewlineStore;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code report --from/--to [--json|--csv]}: a period's figures beside the comparison period's, or its CSV. */
final class PeriodReport {
    /** The station's default for a ticket turning late (configuration barista.lateAtTargetFraction). */
    static final double LATE_AT = 1.5;

    private PeriodReport() {
    }

    static String print(BrewlineStore store, Period period, ZoneId zone, boolean csv, boolean json) {
        List<ReportOrder> rows = store.reports().paidOrders(period.from(), period.toInclusive());
        if (csv) {
            return OrdersCsv.write(period, rows, zone);
        }
        PeriodFigures now = figures(store, period, rows, zone);
        Period earlier = period.comparison();
        PeriodFigures before = figures(store, earlier,
                store.reports().paidOrders(earlier.from(), earlier.toInclusive()), zone);
        return json ? FiguresJson.write(now, before) + System.lineSeparator() : table(now, before);
    }

    static PeriodFigures figures(BrewlineStore store, Period period, List<ReportOrder> rows, ZoneId zone) {
        return PeriodFigures.compute(period, rows, zone, LATE_AT,
                StaffCalls.figures(store.alerts(), period.from(), period.toInclusive(), zone));
    }

    static String table(PeriodFigures f, PeriodFigures c) {
        NumberFormat won = NumberFormat.getIntegerInstance(Locale.KOREA);
        StringBuilder sb = new StringBuilder();
        String row = "%-24s %16s %16s%n";
        sb.append(String.format("Brewline figures — %s to %s (compared with %s to %s)%n", f.period().from(),
                f.period().toInclusive(), c.period().from(), c.period().toInclusive()));
        sb.append(String.format(row, "", "this period", "compared with"));
        sb.append(String.format(row, "Orders paid", f.ordersPaid(), c.ordersPaid()));
        sb.append(String.format(row, "Gross sales (won)", won.format(f.grossSales()), won.format(c.grossSales())));
        sb.append(String.format(row, "Refunded (won)", won.format(f.refunded()), won.format(c.refunded())));
        sb.append(String.format(row, "Net sales (won)", won.format(f.netSales()), won.format(c.netSales())));
        sb.append(String.format(row, "Cancelled by customer", f.cancelled(), c.cancelled()));
        sb.append(String.format(row, "Rejected by barista", f.rejected(), c.rejected()));
        sb.append(String.format(row, "Refunds (pending)", f.refunds() + " (" + f.refundsPending() + ")",
                c.refunds() + " (" + c.refundsPending() + ")"));
        sb.append(String.format(row, "Late orders", f.lateOrders() + " of " + f.ordersReady(),
                c.lateOrders() + " of " + c.ordersReady()));
        sb.append(String.format(row, "Staff calls (answered)", calls(f.staffCalls()), calls(c.staffCalls())));
        sb.append(String.format(row, "Staff call answer p50", answer(f.staffCalls().answerP50()),
                answer(c.staffCalls().answerP50())));
        sb.append(String.format(row, "Staff call answer max", answer(f.staffCalls().answerMax()),
                answer(c.staffCalls().answerMax())));
        reasons(sb, "Cancel reasons", f.cancelReasons());
        reasons(sb, "Reject reasons", f.rejectReasons());
        sb.append(String.format("%nBy hour (paid)     orders  net sales (won)  average wait%n"));
        for (PeriodFigures.HourFigures h : f.hours()) {
            if (h.orders() > 0) {
                sb.append(String.format("  %02d:00 %15d %16s %13s%n", h.hour(), h.orders(), won.format(h.netSales()),
                        seconds(h.averageWait())));
            }
        }
        sb.append(String.format("%nPreparation per item        samples       p50       p90%n"));
        for (PeriodFigures.ItemPrep p : f.prepByItem()) {
            sb.append(String.format("  %-24s %8d %9s %9s%n", p.nameEn(), p.samples(), seconds(p.p50()),
                    seconds(p.p90())));
        }
        return sb.toString();
    }

    private static void reasons(StringBuilder sb, String title, Map<String, Integer> reasons) {
        reasons.forEach((reason, count) -> sb.append(String.format("  %-22s %16d%n",
                title + ": " + (reason.isEmpty() ? "(none given)" : reason), count)));
    }

    /** "3 (2)": calls, and how many of them staff answered. */
    static String calls(StaffCallFigures calls) {
        return calls.calls() + " (" + calls.answered() + ")";
    }

    static String answer(Duration d) {
        return d == null ? "-" : seconds(d);
    }

    private static String seconds(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }
}
