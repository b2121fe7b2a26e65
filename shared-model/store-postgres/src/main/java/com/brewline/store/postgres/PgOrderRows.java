package com.brewline.store.postgres;

import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.store.jdbc.OrderRows;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static com.brewline.store.postgres.PgStatements.SQL;

/** The shared order reader ({@link OrderRows}) on PostgreSQL's statements, and the order's row lock. */
final class PgOrderRows {
    static final String COLUMNS = OrderRows.COLUMNS;
    private static final OrderRows ROWS = new OrderRows(SQL);

    private PgOrderRows() {
    }

    /** Orders matching {@code whereAndOrder} (SQL after "FROM orders o"), each with its lines. */
    static List<Order> query(Connection c, String whereAndOrder, Object... params) throws SQLException {
        return ROWS.query(c, whereAndOrder, params);
    }

    static Optional<Order> find(Connection c, long orderId) throws SQLException {
        return ROWS.find(c, orderId);
    }

    /** The order, its row locked until the transaction ends: whoever changes it next waits for this one. */
    static Order lock(Connection c, long orderId) throws SQLException {
        return query(c, "WHERE o.id = ? FOR UPDATE", orderId).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no order with id " + orderId));
    }

    static Order require(Connection c, long orderId) throws SQLException {
        return ROWS.require(c, orderId);
    }

    static OrderRows shared() {
        return ROWS;
    }

    /** Statuses bound as one text[] parameter: the rule of which statuses count lives in OrderStatus, not here. */
    static Array statuses(Connection c, Collection<OrderStatus> statuses) throws SQLException {
        return c.createArrayOf("text", statuses.stream().map(Enum::name).toArray());
    }
}
