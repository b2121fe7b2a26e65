package com.brewline.store.jdbc;

import com.brewline.model.NewOrder;
import com.brewline.model.Order;
import com.brewline.model.OrderEvent;
import com.brewline.model.OrderLine;
import com.brewline.model.OrderStatus;
import com.brewline.model.OrderTransitions;
import com.brewline.model.UrgentFlag;
import com.brewline.store.OrderQueue;
import com.brewline.store.Refund;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The order queue's part that is the same on both engines: every read, and the writes that touch one order after
 * making it the transaction's own ({@link #lockOrder}: PostgreSQL locks its row, SQLite's BEGIN IMMEDIATE already
 * holds the write lock): status changes, checked lines, urgent marks. The moves that hand out numbers and claims
 * (createPending, markPaid, claimOldestPaid) lock the engine's way and stay in each engine's subclass, as do how it
 * records prep times and queues a message (ADR 0001, 0004, 0017).
 */
public abstract class JdbcOrderQueue implements OrderQueue {
    protected final Transactions db;
    protected final Statements sql;
    protected final OrderRows rows;
    protected final Clock clock;
    private final String notByDay;
    private final String insertMessageOnce;

    /**
     * @param notByDay          put before the day column where open orders are read by status ({@link JdbcReadModel})
     * @param insertMessageOnce the engine's statement that queues a message unless its order and event already have
     *                          one ({@link JdbcNotificationOutbox#MESSAGE_ROW})
     */
    protected JdbcOrderQueue(Transactions db, Statements sql, OrderRows rows, Clock clock, String notByDay,
                             String insertMessageOnce) {
        this.db = db;
        this.sql = sql;
        this.rows = rows;
        this.clock = clock;
        this.notByDay = notByDay;
        this.insertMessageOnce = insertMessageOnce;
    }

    /** The order as it is now, made this transaction's own: whoever changes it next waits for this transaction. */
    protected abstract Order lockOrder(Connection c, long orderId) throws SQLException;

    /** The order turned READY, in its transaction: its prep times, the engine's way. */
    protected abstract void recordPrepTimes(Connection c, Order order, Instant readyAt) throws SQLException;

    /** The message a status change owes the customer, queued once in the change's transaction (ADR 0008). */
    protected final void enqueueMessage(Connection c, Order changed, OrderStatus to, Instant now) throws SQLException {
        JdbcNotificationOutbox.enqueue(sql, rows, insertMessageOnce, c, changed, to, now);
    }

    @Override
    public final Order transition(long orderId, OrderStatus to, String actor, String reason) {
        Objects.requireNonNull(to, "to");
        if (to == OrderStatus.PAID) {
            throw new IllegalArgumentException("Order " + orderId + ": an order becomes PAID only through markPaid, "
                    + "together with its payment");
        }
        return db.write("move order " + orderId + " to " + to,
                c -> apply(c, lockOrder(c, orderId), to, actor, reason));
    }

    /**
     * Checks and writes one status change with everything it implies (event, refund, prep times, message), inside
     * the caller's transaction, the order already made its own; returns the order as changed.
     */
    protected final Order apply(Connection c, Order order, OrderStatus to, String actor, String reason)
            throws SQLException {
        OrderTransitions.check(order.ref(), order.status(), to);
        Instant now = Instant.ofEpochMilli(clock.instant().toEpochMilli()); // as stored
        String times = switch (to) {
            // a recall (READY -> IN_PREPARATION) keeps paid_at and started_at: the ticket returns to its place and timer
            case IN_PREPARATION -> order.status() == OrderStatus.PAID ? ", started_at = ?" : ", ready_at = NULL";
            case READY -> ", ready_at = ?";
            case PICKED_UP, CANCELLED, REJECTED, PAYMENT_FAILED -> ", finished_at = ?";
            default -> "";
        };
        String update = "UPDATE orders SET status = ?" + times + " WHERE id = ? AND status = ?";
        int changed = times.contains("?")
                ? sql.update(c, update, to, now, order.id(), order.status())
                : sql.update(c, update, to, order.id(), order.status());
        if (changed != 1) {
            throw new IllegalStateException("Order " + order.ref() + " changed while being moved to " + to);
        }
        event(c, order.id(), order.status(), to, now, actor, reason);
        if (to == OrderStatus.READY) {
            recordPrepTimes(c, order, now);
        }
        if (to.needsRefund() && order.paidAt() != null) {
            // refunds.order_id is UNIQUE on both engines: an order is refunded once, whatever races
            sql.update(c, "INSERT INTO refunds (order_id, payment_key, amount, reason, idempotency_key, status, "
                            + "created_at) SELECT ?, payment_key, ?, ?, ?, ?, ? FROM payments WHERE order_id = ?",
                    order.id(), order.total(), reason, UUID.randomUUID(), Refund.Status.PENDING, now, order.id());
        }
        Order changedOrder = rows.require(c, order.id());
        enqueueMessage(c, changedOrder, to, now);
        return changedOrder;
    }

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
                "SELECT id, order_id, from_status, to_status, at, actor, reason FROM order_events WHERE order_id = ? "
                        + "ORDER BY id", rs -> {
                    String from = rs.getString("from_status");
                    return new OrderEvent(rs.getLong("order_id"), from == null ? null : OrderStatus.valueOf(from),
                            OrderStatus.valueOf(rs.getString("to_status")), Statements.time(rs, "at"),
                            rs.getString("actor"), rs.getString("reason"), rs.getLong("id"));
                }, orderId));
    }

    @Override
    public List<Order> pendingCreatedBefore(Instant cutoff) {
        return db.read("read the pending orders", c -> rows.query(c,
                "WHERE o.status = ? AND o.created_at < ? ORDER BY o.created_at, o.id", OrderStatus.PENDING_PAYMENT, cutoff));
    }

    /**
     * markPaid's first look at the order, made the transaction's own by the engine: the order as it is when this same
     * payment was already recorded (the kiosk and the reconciler raced), nothing when it may be marked paid now.
     *
     * @throws IllegalStateException    when the order may not become PAID (another payment, a cancel)
     * @throws IllegalArgumentException when the amount is not the order's total
     */
    protected final Optional<Order> alreadyPaid(Connection c, Order order, String paymentKey, long amount)
            throws SQLException {
        if (order.status() != OrderStatus.PENDING_PAYMENT) {
            String paidBy = sql.first(c, "SELECT payment_key FROM payments WHERE order_id = ?",
                    rs -> rs.getString(1), order.id()).orElse(null);
            if (order.paidAt() != null && paymentKey.equals(paidBy)) {
                return Optional.of(order);
            }
            OrderTransitions.check(order.ref(), order.status(), OrderStatus.PAID);
        }
        if (amount != order.total()) {
            throw new IllegalArgumentException("Order " + order.ref() + " costs " + order.total()
                    + " won but the payment was " + amount + " won: not marked paid");
        }
        return Optional.empty();
    }

    /**
     * The rows of a new pending order, inside the engine's createPending transaction once it has checked the day and
     * the board: the order, its lines with their options, its payment keys, its creation event (no "from" status) and
     * the phone number the customer left; returns the order's id.
     */
    protected final long insertPending(Connection c, NewOrder order, long dayId, String paymentOrderId, Instant now)
            throws SQLException {
        long id = sql.insert(c, "INSERT INTO orders (payment_order_id, business_day_id, status, dining, kiosk_id, "
                        + "total, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                paymentOrderId, dayId, OrderStatus.PENDING_PAYMENT, order.dining(), order.kioskId(), order.total(), now);
        List<OrderLine> lines = order.lines();
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            sql.update(c, "INSERT INTO order_lines (order_id, line_index, item_id, name_ko, name_en, options_json, "
                            + "quantity, unit_price, prep_seconds, category_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, i, line.itemId(), line.nameKo(), line.nameEn(), OrderRows.optionsJson(line.options()),
                    line.quantity(), line.unitPrice(), line.prepSeconds(), line.categoryId());
        }
        sql.update(c, "INSERT INTO payments (order_id, payment_order_id, amount, ready_key, confirm_key, abort_key, "
                        + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", id, paymentOrderId, order.total(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), now);
        event(c, id, null, OrderStatus.PENDING_PAYMENT, now, "kiosk:" + order.kioskId(), null);
        JdbcNotificationOutbox.keepPhone(sql, c, id, order.phone());
        return id;
    }

    /** One status change in the order's history; a change with no "from" is the order's creation. */
    protected final void event(Connection c, long orderId, OrderStatus from, OrderStatus to, Instant at, String actor,
                               String reason) throws SQLException {
        sql.update(c, "INSERT INTO order_events (order_id, from_status, to_status, at, actor, reason) "
                + "VALUES (?, ?, ?, ?, ?, ?)", orderId, from, to, at, Objects.requireNonNullElse(actor, "unknown"), reason);
    }
}
