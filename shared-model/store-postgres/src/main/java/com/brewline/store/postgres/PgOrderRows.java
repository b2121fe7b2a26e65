package com.brewline.store.postgres;

import com.brewline.model.ChosenOption;
import com.brewline.model.DiningOption;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;
import com.brewline.model.OrderStatus;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads orders with their lines (all lines of a list in one query); writes the lines' options as JSON. */
final class PgOrderRows {
    static final String COLUMNS = "o.id, o.payment_order_id, o.business_day_id, o.pickup_number, o.status, o.dining, "
            + "o.kiosk_id, o.total, o.created_at, o.paid_at, o.started_at, o.ready_at, o.finished_at";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<ChosenOption>> OPTIONS = new TypeReference<>() {
    };

    private PgOrderRows() {
    }

    /** Orders matching {@code whereAndOrder} (SQL after "FROM orders o"), each with its lines. */
    static List<Order> query(Connection c, String whereAndOrder, Object... params) throws SQLException {
        List<Order> headers = PgSql.list(c, "SELECT " + COLUMNS + " FROM orders o " + whereAndOrder,
                PgOrderRows::header, params);
        if (headers.isEmpty()) {
            return headers;
        }
        Map<Long, List<Object[]>> lines = new HashMap<>();
        Long[] ids = headers.stream().map(Order::id).toArray(Long[]::new);
        PgSql.list(c, "SELECT order_id, item_id, name_ko, name_en, options_json, quantity, unit_price, prep_seconds, done, "
                + "category_id FROM order_lines WHERE order_id = ANY(?) ORDER BY order_id, line_index", rs -> {
            lines.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Object[]{
                    new OrderLine(rs.getString("item_id"), rs.getString("name_ko"), rs.getString("name_en"),
                            options(rs.getString("options_json")), rs.getInt("quantity"), rs.getLong("unit_price"),
                            rs.getInt("prep_seconds"), rs.getString("category_id")), rs.getBoolean("done")});
            return null;
        }, c.createArrayOf("bigint", ids));
        List<Order> orders = new ArrayList<>(headers.size());
        for (Order o : headers) {
            List<Object[]> rows = lines.getOrDefault(o.id(), List.of());
            orders.add(new Order(o.id(), o.paymentOrderId(), o.businessDayId(), o.pickupNumber(), o.status(), o.dining(),
                    o.kioskId(), rows.stream().map(r -> (OrderLine) r[0]).toList(), o.total(), o.createdAt(), o.paidAt(),
                    o.startedAt(), o.readyAt(), o.finishedAt(), rows.stream().map(r -> (Boolean) r[1]).toList()));
        }
        return orders;
    }

    static Optional<Order> find(Connection c, long orderId) throws SQLException {
        return query(c, "WHERE o.id = ?", orderId).stream().findFirst();
    }

    /** The order, its row locked until the transaction ends: whoever changes it next waits for this one. */
    static Order lock(Connection c, long orderId) throws SQLException {
        return query(c, "WHERE o.id = ? FOR UPDATE", orderId).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no order with id " + orderId));
    }

    static Order require(Connection c, long orderId) throws SQLException {
        return find(c, orderId).orElseThrow(() -> new IllegalArgumentException("There is no order with id " + orderId));
    }

    private static Order header(ResultSet rs) throws SQLException {
        return new Order(rs.getLong("id"), rs.getString("payment_order_id"), rs.getLong("business_day_id"),
                rs.getInt("pickup_number"), OrderStatus.valueOf(rs.getString("status")),
                DiningOption.valueOf(rs.getString("dining")), rs.getString("kiosk_id"), List.of(), rs.getLong("total"),
                PgSql.time(rs, "created_at"), PgSql.time(rs, "paid_at"), PgSql.time(rs, "started_at"),
                PgSql.time(rs, "ready_at"), PgSql.time(rs, "finished_at"), List.of());
    }

    static String optionsJson(List<ChosenOption> options) {
        try {
            return JSON.writeValueAsString(options);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("options cannot be written as JSON: " + options, e);
        }
    }

    static List<ChosenOption> options(String json) throws SQLException {
        try {
            return JSON.readValue(json, OPTIONS);
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable options of an order line: " + json, e);
        }
    }

    /** Statuses bound as one text[] parameter: the rule of which statuses count lives in OrderStatus, not here. */
    static Array statuses(Connection c, Collection<OrderStatus> statuses) throws SQLException {
        return c.createArrayOf("text", statuses.stream().map(Enum::name).toArray());
    }
}
