package com.brewline.store.sqlite;

import com.brewline.model.NotificationEvent;
import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.model.PhoneNumber;
import com.brewline.store.NotificationOutbox;
import com.brewline.store.OutboxMessage;
import com.brewline.store.jdbc.JdbcNotificationOutbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.brewline.store.sqlite.SqliteStatements.SQL;

/**
 * The notification outbox on SQLite (schema v3): the shared logic ({@link JdbcNotificationOutbox}) in BEGIN
 * IMMEDIATE transactions, which hold the database's write lock from their start: a claim's read and its update
 * are one step for every other process. The static methods run inside the order queue's and the day's
 * transactions, so a message exists exactly when its status change does.
 */
final class SqliteNotificationOutbox implements JdbcNotificationOutbox.Engine {
    private SqliteNotificationOutbox() {
    }

    static NotificationOutbox open(SqliteDatabase db, Clock clock) {
        return new JdbcNotificationOutbox(db, SQL, clock, new SqliteNotificationOutbox());
    }

    /** With the pending order: the number the customer left, if any. */
    static void keepPhone(Connection c, long orderId, PhoneNumber phone) throws SQLException {
        JdbcNotificationOutbox.keepPhone(SQL, c, orderId, phone);
    }

    /**
     * With a status change: the message it owes, when the order carries a phone number and this event was
     * not already queued (a recalled ticket turning ready again). {@code order} is the order after the change.
     */
    static void enqueue(Connection c, Order order, OrderStatus to, Instant now) throws SQLException {
        Optional<NotificationEvent> event = NotificationEvent.on(to);
        if (event.isEmpty() || SQL.count(c, "SELECT count(*) FROM order_phones WHERE order_id = ?", order.id()) == 0) {
            return;
        }
        int waitMinutes = event.get() == NotificationEvent.PAID ? waitMinutes(c, order) : 0;
        long refund = OutboxMessage.refundTold(event.get(), order);
        SQL.update(c, "INSERT OR IGNORE INTO notification_outbox (order_id, event, pickup_number, wait_minutes, "
                        + "refund_amount, idempotency_key, status, next_attempt_at, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)", order.id(), event.get(), order.pickupNumber(),
                waitMinutes, refund, UUID.randomUUID(), now, now);
    }

    /** The same estimate the kiosk shows: the tickets paid before it plus its own, for one barista, whole minutes. */
    private static int waitMinutes(Connection c, Order paid) throws SQLException {
        List<Order> ahead = OrderRows.query(c, "WHERE o.status IN ('PAID','IN_PREPARATION') AND o.id <> ?", paid.id());
        return OutboxMessage.waitMinutes(ahead, paid.lines());
    }

    @Override
    public void forgetPhoneIfDone(Connection c, long orderId) throws SQLException {
        SQL.update(c, "DELETE FROM order_phones WHERE order_id = ? "
                + "AND NOT EXISTS (SELECT 1 FROM notification_outbox WHERE order_id = order_phones.order_id "
                + "AND status = 'PENDING') AND (SELECT state FROM business_days d JOIN orders o "
                + "ON o.business_day_id = d.id WHERE o.id = order_phones.order_id) = 'CLOSED'", orderId);
    }

    @Override
    public List<Long> claimDue(Connection c, String sender, int limit, Instant now, Instant until) throws SQLException {
        List<Long> ids = SQL.list(c, "SELECT id FROM notification_outbox WHERE status = 'PENDING' "
                + "AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?) ORDER BY id LIMIT ?",
                rs -> rs.getLong(1), now, now, limit);
        for (long id : ids) {
            SQL.update(c, "UPDATE notification_outbox SET claimed_by = ?, claimed_until = ?, attempts = attempts + 1 "
                    + "WHERE id = ?", sender, until, id);
        }
        return ids;
    }

    @Override
    public long lockMessage(Connection c, long id) throws SQLException {
        // BEGIN IMMEDIATE already holds the write lock: reading the row is enough
        return SQL.first(c, "SELECT order_id FROM notification_outbox WHERE id = ?", rs -> rs.getLong(1), id)
                .orElseThrow(() -> new IllegalArgumentException("There is no notification with id " + id));
    }
}
