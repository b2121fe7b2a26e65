package com.brewline.store.jdbc;

import com.brewline.model.ChosenOption;
import com.brewline.model.DiningOption;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;
import com.brewline.model.OrderStatus;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads orders with their lines, the same columns on both engines: the headers in one query, then the lines of all
 * of them in one more (never a query per order); writes the lines' options as JSON.
 */
public final class OrderRows {
    public static final String COLUMNS = "o.id, o.payment_order_id, o.business_day_id, o.pickup_number, o.status, "
            + "o.dining, o.kiosk_id, o.total, o.created_at, o.paid_at, o.started_at, o.ready_at, o.finished_at";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<ChosenOption>> OPTIONS = new TypeReference<>() {
    };

    private static final String LINES = "SELECT order_id, item_id, name_ko, name_en, options_json, quantity, unit_price, "
            + "prep_seconds, done, category_id FROM order_lines WHERE ";

    private final Statements sql;
    private final String linesOfOrders;

    public OrderRows(Statements sql) {
        this.sql = sql;
        this.linesOfOrders = LINES + sql.isAnyOf("order_id") + " ORDER BY order_id, line_index";
    }

    /** Orders matching {@code whereAndOrder} (SQL after "FROM orders o"), each with its lines, in that order. */
    public List<Order> query(Connection c, String whereAndOrder, Object... params) throws SQLException {
        List<Order> headers = sql.list(c, "SELECT " + COLUMNS + " FROM orders o " + whereAndOrder, OrderRows::header,
                params);
        if (headers.isEmpty()) {
            return headers;
        }
        Map<Long, List<OrderLine>> lines = new HashMap<>();
        Map<Long, List<Boolean>> done = new HashMap<>();
        RowMapper<Void> collect = rs -> {
            long orderId = rs.getLong("order_id");
            lines.computeIfAbsent(orderId, k -> new ArrayList<>()).add(line(rs));
            done.computeIfAbsent(orderId, k -> new ArrayList<>()).add(rs.getBoolean("done"));
            return null;
        };
        if (headers.size() == 1) { // one order (a status change, a look-up): its key, no list to build
            sql.list(c, LINES + "order_id = ? ORDER BY line_index", collect, headers.get(0).id());
        } else {
            sql.list(c, linesOfOrders, collect, sql.ids(c, headers.stream().map(Order::id).toList()));
        }
        List<Order> orders = new ArrayList<>(headers.size());
        for (Order o : headers) {
            orders.add(new Order(o.id(), o.paymentOrderId(), o.businessDayId(), o.pickupNumber(), o.status(), o.dining(),
                    o.kioskId(), lines.getOrDefault(o.id(), List.of()), o.total(), o.createdAt(), o.paidAt(),
                    o.startedAt(), o.readyAt(), o.finishedAt(), done.getOrDefault(o.id(), List.of())));
        }
        return orders;
    }

    public Optional<Order> find(Connection c, long orderId) throws SQLException {
        return query(c, "WHERE o.id = ?", orderId).stream().findFirst();
    }

    public Order require(Connection c, long orderId) throws SQLException {
        return find(c, orderId).orElseThrow(() -> new IllegalArgumentException("There is no order with id " + orderId));
    }

    /** The order's columns ({@link #COLUMNS}) with no lines yet. */
    static Order header(ResultSet rs) throws SQLException {
        return new Order(rs.getLong("id"), rs.getString("payment_order_id"), rs.getLong("business_day_id"),
                rs.getInt("pickup_number"), OrderStatus.valueOf(rs.getString("status")),
                DiningOption.valueOf(rs.getString("dining")), rs.getString("kiosk_id"), List.of(), rs.getLong("total"),
                Statements.time(rs, "created_at"), Statements.time(rs, "paid_at"), Statements.time(rs, "started_at"),
                Statements.time(rs, "ready_at"), Statements.time(rs, "finished_at"), List.of());
    }

    private static OrderLine line(ResultSet rs) throws SQLException {
        return new OrderLine(rs.getString("item_id"), rs.getString("name_ko"), rs.getString("name_en"),
                options(rs.getString("options_json")), rs.getInt("quantity"), rs.getLong("unit_price"),
                rs.getInt("prep_seconds"), rs.getString("category_id"));
    }

    public static String optionsJson(List<ChosenOption> options) {
        try {
            return JSON.writeValueAsString(options);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("options cannot be written as JSON: " + options, e);
        }
    }

    public static List<ChosenOption> options(String json) throws SQLException {
        try {
            return JSON.readValue(json, OPTIONS);
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable options of an order line: " + json, e);
        }
    }
}
