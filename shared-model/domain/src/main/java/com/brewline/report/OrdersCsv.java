package com.brewline.report;

import com.brewline.model.ChosenOption;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;
import com.brewline.model.Vat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The accountant's CSV (RFC 4180, UTF-8, CRLF): one row per paid order of the period, oldest first:
 * paid time (store time zone), business date, pickup number, items, total, VAT, supply value, payment
 * key, status, refund and its state. Money in whole won. The same text from {@code brewline report --csv}
 * and the office's export (which puts a byte-order mark in front, so that Excel reads it as UTF-8).
 */
public final class OrdersCsv {
    public static final String HEADER = "paid_at,business_date,pickup_number,items,total_won,vat_won,supply_won,"
            + "payment_key,status,refund_won,refund_status";
    public static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private OrdersCsv() {
    }

    public static String write(Period period, List<ReportOrder> rows, ZoneId zone) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (ReportOrder row : rows) {
            Order o = row.order();
            if (o.paidAt() == null || row.businessDate().isBefore(period.from())
                    || row.businessDate().isAfter(period.toInclusive())) {
                continue;
            }
            out.append(String.join(",",
                    TIME.format(o.paidAt().atZone(zone)),
                    row.businessDate().toString(),
                    Integer.toString(o.pickupNumber()),
                    cell(items(o.lines())),
                    Long.toString(o.total()),
                    Long.toString(Vat.includedVat(o.total())),
                    Long.toString(Vat.supplyValue(o.total())),
                    cell(row.paymentKey() == null ? "" : row.paymentKey()),
                    o.status().name(),
                    Long.toString(row.refundAmount()),
                    row.refundStatus() == null ? "" : row.refundStatus())).append("\r\n");
        }
        return out.toString();
    }

    /** "아메리카노 (ICED, 라지) x2; 티라미수 x1": Korean names, as on the receipt. */
    static String items(List<OrderLine> lines) {
        return lines.stream().map(l -> {
            String options = l.options().stream().map(ChosenOption::nameKo).collect(Collectors.joining(", "));
            return l.nameKo() + (options.isEmpty() ? "" : " (" + options + ")") + " x" + l.quantity();
        }).collect(Collectors.joining("; "));
    }

    /**
     * Quoted when needed; a text starting with = + - @ is prefixed with an apostrophe so a spreadsheet
     * never runs it as a formula.
     */
    static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
