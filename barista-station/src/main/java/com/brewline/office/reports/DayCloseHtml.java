package com.brewline.office.reports;

import com.brewline.model.DaySummary;
import com.brewline.model.Vat;
import com.brewline.office.support.Money;
import com.brewline.report.PeriodFigures;
import com.brewline.report.StaffCallFigures;

import java.util.Map;
import java.util.function.Function;

/** The day's close on one printable A4 page (HTML with print styles: open it in a browser and print). */
public final class DayCloseHtml {
    private final Function<String, String> text;
    private final boolean korean;
    private final String storeName;

    public DayCloseHtml(Function<String, String> text, boolean korean, String storeName) {
        this.text = text;
        this.korean = korean;
        this.storeName = storeName;
    }

    public String render(PeriodFigures f, DaySummary s) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(korean ? "ko" : "en").append("\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(esc(storeName)).append(" — ").append(f.period().from()).append("</title>")
                .append("<style>@page{size:A4;margin:14mm}body{font-family:Pretendard,'Malgun Gothic',sans-serif;")
                .append("font-size:11pt;color:#111}h1{font-size:18pt;margin:0 0 4mm}h2{font-size:12pt;margin:5mm 0 2mm}")
                .append("table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccc;padding:1.2mm 2mm;")
                .append("text-align:left}td.n,th.n{text-align:right}.cols{display:flex;gap:8mm}.cols>div{flex:1}")
                .append("</style></head><body>\n");
        h.append("<h1>").append(esc(storeName)).append(" · ").append(esc(text.apply("close.title"))).append(" ")
                .append(f.period().from()).append("</h1>\n<div class=\"cols\"><div><table>\n");
        row(h, "kpi.ordersPaid", Integer.toString(f.ordersPaid()));
        row(h, "kpi.gross", Money.won(f.grossSales(), korean));
        row(h, "kpi.refunded", Money.won(f.refunded(), korean));
        row(h, "kpi.net", Money.won(f.netSales(), korean));
        row(h, "close.vat", Money.won(Vat.includedVat(f.netSales()), korean));
        row(h, "kpi.cancelled", Integer.toString(f.cancelled()));
        row(h, "kpi.rejected", Integer.toString(f.rejected()));
        row(h, "kpi.refundsPending", Integer.toString(f.refundsPending()));
        h.append("</table></div><div><table>\n");
        row(h, "close.avgWait", Money.duration(s.averageWait(), korean));
        row(h, "close.p90Wait", Money.duration(s.p90Wait(), korean));
        row(h, "close.avgPrep", Money.duration(s.averagePrep(), korean));
        row(h, "close.p90Prep", Money.duration(s.p90Prep(), korean));
        row(h, "kpi.late", f.lateOrders() + " / " + f.ordersReady() + " (" + Money.percent(f.lateShare()) + ")");
        StaffCallFigures calls = f.staffCalls();
        row(h, "kpi.staffCalls", calls.calls() + " (" + text.apply("kpi.answered") + " " + calls.answered() + ")");
        row(h, "kpi.staffCallAnswer", calls.answerP50() == null ? "-"
                : Money.duration(calls.answerP50(), korean) + " / " + Money.duration(calls.answerMax(), korean));
        h.append("</table></div></div>\n<div class=\"cols\"><div><h2>").append(esc(text.apply("chart.salesByHour")))
                .append("</h2><table><tr><th>").append(esc(text.apply("close.hour"))).append("</th><th class=\"n\">")
                .append(esc(text.apply("close.orders"))).append("</th><th class=\"n\">")
                .append(esc(text.apply("kpi.net"))).append("</th></tr>\n");
        for (PeriodFigures.HourFigures hour : f.hours()) {
            if (hour.orders() > 0) {
                h.append("<tr><td>").append(String.format("%02d:00", hour.hour())).append("</td><td class=\"n\">")
                        .append(hour.orders()).append("</td><td class=\"n\">").append(Money.won(hour.netSales(), korean))
                        .append("</td></tr>\n");
            }
        }
        h.append("</table></div><div><h2>").append(esc(text.apply("close.reasons"))).append("</h2><table>\n");
        reasons(h, "kpi.cancelled", f.cancelReasons());
        reasons(h, "kpi.rejected", f.rejectReasons());
        h.append("</table><h2>").append(esc(text.apply("chart.prepByItem"))).append("</h2><table>\n");
        for (PeriodFigures.ItemPrep p : f.prepByItem()) {
            h.append("<tr><td>").append(esc(p.name(korean))).append("</td><td class=\"n\">p50 ")
                    .append(Money.duration(p.p50(), korean)).append("</td><td class=\"n\">p90 ")
                    .append(Money.duration(p.p90(), korean)).append("</td></tr>\n");
        }
        h.append("</table></div></div>\n</body></html>\n");
        return h.toString();
    }

    private void reasons(StringBuilder h, String kindKey, Map<String, Integer> reasons) {
        reasons.forEach((reason, count) -> h.append("<tr><td>").append(esc(text.apply(kindKey))).append("</td><td>")
                .append(esc(reason.isEmpty() ? text.apply("reason.none") : reason)).append("</td><td class=\"n\">")
                .append(count).append("</td></tr>\n"));
    }

    private void row(StringBuilder h, String key, String value) {
        h.append("<tr><th>").append(esc(text.apply(key))).append("</th><td class=\"n\">").append(esc(value))
                .append("</td></tr>\n");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
