package com.brewline.store.sqlite;

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
import java.util.List;
import java.util.Optional;

/** Reads orders with their lines; writes the lines' options as JSON. */
final class OrderRows {
    static final String COLUMNS = "o.id, o.payment_order_id, o.business_day_id, o.pickup_number, o.status, o.dining, "
            + "o.kiosk_id, o.total, o.created_at, o.paid_at, o.started_at, o.ready_at, o.finished_at";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<ChosenOption>> OPTIONS = new TypeReference<>() {
    };

    private OrderRows() {
    }

    /** Orders matching {@code whereAndOrder} (SQL after "FROM orders o"), each with its lines. */
    static List<Order> query(Connection c, String whereAndOrder, Object... params) throws SQLException {
        List<Order> headers = Sql.list(c, "SELECT " + COLUMNS + " FROM orders o " + whereAndOrder,
                OrderRows::header, params);
        List<Order> orders = new ArrayList<>(headers.size());
        for (Order header : headers) {
            orders.add(withLines(c, header));
        }
        return orders;
    }

    static Optional<Order> find(Connection c, long orderId) throws SQLException {
        return query(c, "WHERE o.id = ?", orderId).stream().findFirst();
    }

    static Order require(Connection c, long orderId) throws SQLException {
        return find(c, orderId).orElseThrow(() -> new IllegalArgumentException("There is no order with id " + orderId));
    }

    /** The order's columns with no lines yet. */
    private static Order header(ResultSet rs) throws SQLException {
        return new Order(rs.getLong("id"), rs.getString("payment_order_id"), rs.getLong("business_day_id"),
                rs.getInt("pickup_number"), OrderStatus.valueOf(rs.getString("status")),
                DiningOption.valueOf(rs.getString("dining")), rs.getString("kiosk_id"), List.of(), rs.getLong("total"),
                Times.read(rs, "created_at"), Times.read(rs, "paid_at"), Times.read(rs, "started_at"),
                Times.read(rs, "ready_at"), Times.read(rs, "finished_at"), List.of());
    }

    private static Order withLines(Connection c, Order o) throws SQLException {
        List<OrderLine> lines = new ArrayList<>();
        List<Boolean> done = new ArrayList<>();
        Sql.list(c, "SELECT item_id, name_ko, name_en, options_json, quantity, unit_price, prep_seconds, done, "
                + "category_id FROM order_lines WHERE order_id = ? ORDER BY line_index", rs -> {
            lines.add(new OrderLine(rs.getString("item_id"), rs.getString("name_ko"), rs.getString("name_en"),
                    options(rs.getString("options_json")), rs.getInt("quantity"), rs.getLong("unit_price"),
                    rs.getInt("prep_seconds"), rs.getString("category_id")));
            done.add(rs.getInt("done") != 0);
            return null;
        }, o.id());
        return new Order(o.id(), o.paymentOrderId(), o.businessDayId(), o.pickupNumber(), o.status(), o.dining(),
                o.kioskId(), lines, o.total(), o.createdAt(), o.paidAt(), o.startedAt(), o.readyAt(), o.finishedAt(),
                done);
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

    /** How an order is named in messages before it is loaded whole. */
    static String ref(int pickupNumber, String paymentOrderId) {
        return pickupNumber > 0 ? "#" + pickupNumber + " (" + paymentOrderId + ")" : paymentOrderId;
    }
}
