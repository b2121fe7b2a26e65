package com.brewline.store.jdbc;

import com.brewline.model.Order;
import com.brewline.model.OrderLine;
import com.brewline.report.ReportOrder;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The paid orders of a run of business days, as plain rows for the owner's figures (two plain queries). */
final class ReportRows {
    private static final String IN_PERIOD = "JOIN business_days d ON d.id = o.business_day_id "
            + "WHERE d.date BETWEEN ? AND ? AND o.paid_at IS NOT NULL";

    private ReportRows() {
    }

    private record Header(Order order, LocalDate date, String paymentKey, long refundAmount, String refundStatus,
                          String reason) {
    }

    static List<ReportOrder> paidOrders(Statements sql, Connection c, LocalDate from, LocalDate to) throws SQLException {
        List<Header> headers = sql.list(c, "SELECT " + OrderRows.COLUMNS + ", d.date AS business_date, "
                + "p.payment_key AS payment_key, r.amount AS refund_amount, r.status AS refund_status, "
                + "(SELECT e.reason FROM order_events e WHERE e.order_id = o.id "
                + "AND e.to_status IN ('CANCELLED','REJECTED') ORDER BY e.id DESC LIMIT 1) AS reason "
                + "FROM orders o LEFT JOIN payments p ON p.order_id = o.id LEFT JOIN refunds r ON r.order_id = o.id "
                + IN_PERIOD + " ORDER BY o.paid_at, o.id", rs -> new Header(OrderRows.header(rs),
                LocalDate.parse(rs.getString("business_date")), rs.getString("payment_key"),
                rs.getLong("refund_amount"), rs.getString("refund_status"), rs.getString("reason")), from, to);
        Map<Long, List<OrderLine>> lines = new HashMap<>();
        sql.list(c, "SELECT l.order_id, l.item_id, l.name_ko, l.name_en, l.options_json, l.quantity, l.unit_price, "
                + "l.prep_seconds FROM order_lines l JOIN orders o ON o.id = l.order_id " + IN_PERIOD
                + " ORDER BY l.order_id, l.line_index", rs -> {
            lines.computeIfAbsent(rs.getLong("order_id"), k -> new ArrayList<>()).add(new OrderLine(
                    rs.getString("item_id"), rs.getString("name_ko"), rs.getString("name_en"),
                    OrderRows.options(rs.getString("options_json")), rs.getInt("quantity"),
                    rs.getLong("unit_price"), rs.getInt("prep_seconds")));
            return null;
        }, from, to);
        List<ReportOrder> rows = new ArrayList<>(headers.size());
        for (Header h : headers) {
            Order o = h.order();
            List<OrderLine> orderLines = lines.getOrDefault(o.id(), List.of());
            Order whole = new Order(o.id(), o.paymentOrderId(), o.businessDayId(), o.pickupNumber(), o.status(),
                    o.dining(), o.kioskId(), orderLines, o.total(), o.createdAt(), o.paidAt(), o.startedAt(),
                    o.readyAt(), o.finishedAt(), orderLines.stream().map(l -> false).toList());
            rows.add(new ReportOrder(whole, h.date(), h.paymentKey(), h.refundAmount(), h.refundStatus(), h.reason()));
        }
        return rows;
    }
}
