package com.brewline.store.jdbc;

import com.brewline.model.Order;
import com.brewline.model.OrderEvent;
import com.brewline.model.OrderStatus;
import com.brewline.model.UrgentFlag;
import com.brewline.store.OrderQueue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The order queue's part that is the same on both engines: every read, and the two writes that touch one order
 * after making it the transaction's own ({@link #lockOrder}: PostgreSQL locks its row, SQLite's BEGIN IMMEDIATE
 * already holds the write lock). The moves that hand out numbers and claims (createPending, markPaid, transitions,
 * claimOldestPaid) lock the engine's way and stay in each engine's subclass (ADR 0001, 0004, 0017).
 */
public abstract class JdbcOrderQueue implements OrderQueue {
    protected final Transactions db;
    protected final Statements sql;
    protected final OrderRows rows;
    protected final Clock clock;
    private final String notByDay;

    /** @param notByDay put before the day column where open orders are read by status (see {@link JdbcReadModel}) */
    protected JdbcOrderQueue(Transactions db, Statements sql, OrderRows rows, Clock clock, String notByDay) {
        this.db = db;
        this.sql = sql;
        this.rows = rows;
        this.clock = clock;
        this.notByDay = notByDay;
    }

    /** The order as it is now, made this transaction's own: whoever changes it next waits for this transaction. */
    protected abstract Order lockOrder(Connection c, long orderId) throws SQLException;

    /**
     * Checks and writes one status change with everything it implies (event, refund, prep times, message), inside
     * the caller's transaction, the order already made its own; returns the order as changed.
     */
    protected abstract Order apply(Connection c, Order order, OrderStatus to, String actor, String reason)
            throws SQLException;

    @Override
    public Order setLineDone(long orderId, int lineIndex, boolean done, String actor) {
        return db.write("check off a line of order " + orderId, c -> {
            Order order = lockOrder(c, orderId);
            if (order.status() != OrderStatus.IN_PREPARATION) {
                throw new IllegalStateException("Order " + order.ref() + " is " + order.status()
                        + ": its lines can be checked off only while it is in preparation");
            }
            if (lineIndex < 0 || lineIndex >= order.lines().size()) {
                throw new IllegalArgumentException("Order " + order.ref() + " has no line " + lineIndex + " (it has "
                        + order.lines().size() + ")");
            }
            sql.update(c, "UPDATE order_lines SET done = ? WHERE order_id = ? AND line_index = ?", done, orderId,
                    lineIndex);
            return rows.require(c, orderId);
        });
    }

    @Override
    public void setUrgent(long orderId, String reason, String actor) {
        String checked = reason == null ? null : UrgentFlag.checkReason(reason);
        db.write("mark order " + orderId + (checked == null ? " not urgent" : " urgent"), c -> {
            Order order = lockOrder(c, orderId);
            if (!UrgentFlag.canFlag(order.status())) {
                throw new IllegalArgumentException("Order " + order.ref() + " is " + order.status()
                        + ": only an order waiting or in preparation can be marked urgent");
            }
            sql.update(c, "INSERT INTO order_flag_events (order_id, urgent, reason, at, actor) VALUES (?, ?, ?, ?, ?)",
                    orderId, checked != null ? 1 : 0, checked, clock.instant(), Objects.requireNonNullElse(actor, "unknown"));
            return null;
        });
    }

    @Override
    public Map<Long, UrgentFlag> urgentOrders() {
        return db.read("read the urgent orders", c -> {
            Map<Long, UrgentFlag> flags = new LinkedHashMap<>();
            for (UrgentFlag f : sql.list(c, "SELECT f.order_id, f.reason, f.at, f.actor FROM order_flag_events f "
                    + "JOIN orders o ON o.id = f.order_id "
                    + "WHERE o.status IN " + Statuses.ON_BARISTA_QUEUE + " AND f.urgent = 1 "
                    + "AND f.id = (SELECT max(g.id) FROM order_flag_events g WHERE g.order_id = f.order_id) "
                    + "ORDER BY f.id", rs -> new UrgentFlag(rs.getLong(1), rs.getString(2),
                    Instant.ofEpochMilli(rs.getLong(3)), rs.getString(4)))) {
                flags.put(f.orderId(), f);
            }
            return flags;
        });
    }

    @Override
    public List<Order> openTickets() {
        return db.read("read the open tickets", c -> rows.query(c,
                "WHERE o.status IN " + Statuses.ON_BARISTA_QUEUE + " ORDER BY o.paid_seq, o.id"));
    }

    @Override
    public List<Order> openOrders() {
        return db.read("read the open orders", c -> rows.query(c,
                "WHERE " + notByDay + "o.business_day_id = (SELECT max(id) FROM business_days) AND o.status IN " + Statuses.OPEN
                        + " ORDER BY o.paid_seq, o.id"));
    }

    @Override
    public Optional<Order> lastBumped() {
        return db.read("read the last bumped order", c -> rows.query(c,
                // the latest bump by the event sequence, not by a clock that may have jumped
                "WHERE o.status = ? ORDER BY (SELECT max(e.id) FROM order_events e WHERE e.order_id = o.id "
                        + "AND e.to_status = ?) DESC, o.id DESC LIMIT 1", OrderStatus.READY, OrderStatus.READY)
                .stream().findFirst());
    }

    @Override
    public Optional<Order> find(long orderId) {
        return db.read("read order " + orderId, c -> rows.find(c, orderId));
    }

    @Override
    public Optional<Order> findByPaymentOrderId(String paymentOrderId) {
        return db.read("read order " + paymentOrderId, c -> rows.query(c, "WHERE o.payment_order_id = ?",
                paymentOrderId).stream().findFirst());
    }

    @Override
    public List<OrderEvent> history(long orderId) {
        return db.read("read the history of order " + orderId, c -> sql.list(c,
                "SELECT order_id, from_status, to_status, at, actor, reason FROM order_events WHERE order_id = ? "
                        + "ORDER BY id", rs -> {
                    String from = rs.getString("from_status");
                    return new OrderEvent(rs.getLong("order_id"), from == null ? null : OrderStatus.valueOf(from),
                            OrderStatus.valueOf(rs.getString("to_status")), Statements.time(rs, "at"),
                            rs.getString("actor"), rs.getString("reason"));
                }, orderId));
    }

    @Override
    public List<Order> pendingCreatedBefore(Instant cutoff) {
        return db.read("read the pending orders", c -> rows.query(c,
                "WHERE o.status = ? AND o.created_at < ? ORDER BY o.created_at, o.id", OrderStatus.PENDING_PAYMENT, cutoff));
    }

    /** One status change in the order's history; a change with no "from" is the order's creation. */
    protected final void event(Connection c, long orderId, OrderStatus from, OrderStatus to, Instant at, String actor,
                               String reason) throws SQLException {
        sql.update(c, "INSERT INTO order_events (order_id, from_status, to_status, at, actor, reason) "
                + "VALUES (?, ?, ?, ?, ?, ?)", orderId, from, to, at, Objects.requireNonNullElse(actor, "unknown"), reason);
    }
}
