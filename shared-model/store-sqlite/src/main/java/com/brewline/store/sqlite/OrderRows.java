package com.brewline.store.sqlite;

import com.brewline.model.Order;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import static com.brewline.store.sqlite.SqliteStatements.SQL;

/** The shared order reader ({@link com.brewline.store.jdbc.OrderRows}) on SQLite's statements. */
final class OrderRows {
    static final String COLUMNS = com.brewline.store.jdbc.OrderRows.COLUMNS;
    private static final com.brewline.store.jdbc.OrderRows ROWS = new com.brewline.store.jdbc.OrderRows(SQL);

    private OrderRows() {
    }

    /** Orders matching {@code whereAndOrder} (SQL after "FROM orders o"), each with its lines. */
    static List<Order> query(Connection c, String whereAndOrder, Object... params) throws SQLException {
        return ROWS.query(c, whereAndOrder, params);
    }

    static Optional<Order> find(Connection c, long orderId) throws SQLException {
        return ROWS.find(c, orderId);
    }

    static Order require(Connection c, long orderId) throws SQLException {
        return ROWS.require(c, orderId);
    }

    static com.brewline.store.jdbc.OrderRows shared() {
        return ROWS;
    }
}
