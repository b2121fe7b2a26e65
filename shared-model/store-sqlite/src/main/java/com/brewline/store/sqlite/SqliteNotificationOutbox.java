package com.brewline.store.sqlite;

import com.brewline.model.NotificationEvent;
import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.model.PhoneNumber;
import com.brewline.store.NotificationOutbox;
import com.brewline.store.OutboxMessage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The notification outbox on SQLite (schema v3): {@code order_phones} keeps the number a customer left
 * until the day's close, {@code notification_outbox} the messages owed. The static methods run inside
 * the order queue's transactions, so a message exists exactly when its status change does.
 */
final class SqliteNotificationOutbox implements NotificationOutbox {
    private static final String COLUMNS = OutboxMessage.COLUMNS;
    private static final String FROM = OutboxMessage.FROM;

    private final SqliteDatabase db;
    private final Clock clock;

    SqliteNotificationOutbox(SqliteDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** With the pending order: the number the customer left, if any. */
    static void keepPhone(Connection c, long orderId, PhoneNumber phone) throws SQLException {
        if (phone != null) {
            Sql.update(c, "INSERT INTO order_phones (order_id, phone) VALUES (?, ?)", orderId, phone.digits());
        }
    }

    /**
     * With a status change: the message it owes, when the order carries a phone number and this event was
     * not already queued (a recalled ticket turning ready again). {@code order} is the order after the change.
     */
    static void enqueue(Connection c, Order order, OrderStatus to, Instant now) throws SQLException {
        Optional<NotificationEvent> event = NotificationEvent.on(to);
        if (event.isEmpty() || Sql.count(c, "SELECT count(*) FROM order_phones WHERE order_id = ?", order.id()) == 0) {
            return;
        }
        int waitMinutes = event.get() == NotificationEvent.PAID ? waitMinutes(c, order) : 0;
        long refund = OutboxMessage.refundTold(event.get(), order);
        Sql.update(c, "INSERT OR IGNORE INTO notification_outbox (order_id, event, pickup_number, wait_minutes, "
                        + "refund_amount, idempotency_key, status, next_attempt_at, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)", order.id(), event.get(), order.pickupNumber(),
                waitMinutes, refund, UUID.randomUUID(), now, now);
    }

    /** The same estimate the kiosk shows: the tickets paid before it plus its own, for one barista, whole minutes. */
    private static int waitMinutes(Connection c, Order paid) throws SQLException {
        List<Order> ahead = OrderRows.query(c, "WHERE o.status IN ('PAID','IN_PREPARATION') AND o.id <> ?", paid.id());
        return OutboxMessage.waitMinutes(ahead, paid.lines());
    }

    /**
     * At the day's close: numbers are deleted, except those still owed a message (deleted by
     * {@link #forgetPhoneIfDone} once it is sent or has failed).
     */
    static void forgetPhonesAtClose(Connection c) throws SQLException {
        Sql.update(c, "DELETE FROM order_phones WHERE order_id NOT IN "
                + "(SELECT order_id FROM notification_outbox WHERE status = 'PENDING')");
    }

    private static void forgetPhoneIfDone(Connection c, long outboxId) throws SQLException {
        Sql.update(c, "DELETE FROM order_phones WHERE order_id = (SELECT order_id FROM notification_outbox WHERE id = ?) "
                + "AND NOT EXISTS (SELECT 1 FROM notification_outbox WHERE order_id = order_phones.order_id "
                + "AND status = 'PENDING') AND (SELECT state FROM business_days d JOIN orders o "
                + "ON o.business_day_id = d.id WHERE o.id = order_phones.order_id) = 'CLOSED'", outboxId);
    }

    @Override
    public List<OutboxMessage> claimDue(String sender, int limit, Duration lease) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be 1..1000, was " + limit);
        }
        return db.write("claim due notifications", c -> {
            Instant now = clock.instant();
            List<Long> ids = Sql.list(c, "SELECT id FROM notification_outbox WHERE status = 'PENDING' "
                    + "AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?) ORDER BY id LIMIT ?",
                    rs -> rs.getLong(1), now, now, limit);
            for (long id : ids) {
                Sql.update(c, "UPDATE notification_outbox SET claimed_by = ?, claimed_until = ?, attempts = attempts + 1 "
                        + "WHERE id = ?", sender, now.plus(lease), id);
            }
            // exactly the rows this claim took (the same sender may have claimed others in the same millisecond)
            return ids.isEmpty() ? List.<OutboxMessage>of() : Sql.list(c, "SELECT " + COLUMNS + FROM
                    + "WHERE n.id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ") ORDER BY n.id",
                    SqliteNotificationOutbox::row, ids.toArray());
        });
    }

    @Override
    public void markSent(long id, String messageId, String channel, Instant at) {
        db.write("record notification " + id + " as sent", c -> {
            requireRow(c, id);
            int updated = Sql.update(c, "UPDATE notification_outbox SET status = 'SENT', message_id = ?, channel = ?, "
                    + "sent_at = ?, claimed_until = NULL, last_error = NULL WHERE id = ? AND status = 'PENDING'",
                    messageId, channel, at, id);
            forgetPhoneIfDone(c, id);
            return updated;
        });
    }

    @Override
    public void markFailed(long id, String reason) {
        db.write("record notification " + id + " as failed", c -> {
            requireRow(c, id);
            int updated = Sql.update(c, "UPDATE notification_outbox SET status = 'FAILED', last_error = ?, "
                    + "claimed_until = NULL WHERE id = ? AND status = 'PENDING'", reason, id);
            forgetPhoneIfDone(c, id);
            return updated;
        });
    }

    @Override
    public void retryLater(long id, String error, Instant nextAttemptAt) {
        db.write("record a failure of notification " + id, c -> {
            requireRow(c, id);
            return Sql.update(c, "UPDATE notification_outbox SET last_error = ?, next_attempt_at = ?, claimed_until = NULL "
                    + "WHERE id = ? AND status = 'PENDING'", error, nextAttemptAt, id);
        });
    }

    private static void requireRow(Connection c, long id) throws SQLException {
        if (Sql.count(c, "SELECT count(*) FROM notification_outbox WHERE id = ?", id) == 0) {
            throw new IllegalArgumentException("There is no notification with id " + id);
        }
    }

    @Override
    public void fixWait(long id, int minutes) {
        OutboxMessage.checkWait(minutes);
        db.write("fix the wait of notification " + id, c -> Sql.update(c, "UPDATE notification_outbox SET wait_minutes = ? "
                + "WHERE id = ? AND event = 'PAID' AND status = 'PENDING'", minutes, id));
    }

    @Override
    public List<OutboxMessage> ofOrder(long orderId) {
        return db.read("read the notifications of order " + orderId, c -> Sql.list(c, "SELECT " + COLUMNS + FROM
                + "WHERE n.order_id = ? ORDER BY n.id", SqliteNotificationOutbox::row, orderId));
    }

    @Override
    public long pendingCount() {
        return db.read("count the pending notifications",
                c -> Sql.count(c, "SELECT count(*) FROM notification_outbox WHERE status = 'PENDING'"));
    }

    @Override
    public Optional<String> maskedPhone(long orderId) {
        return db.read("read the phone of order " + orderId, c -> Sql.first(c,
                "SELECT phone FROM order_phones WHERE order_id = ?", rs -> PhoneNumber.mask(rs.getString(1)), orderId));
    }

    private static OutboxMessage row(ResultSet rs) throws SQLException {
        String phone = rs.getString("phone");
        return new OutboxMessage(rs.getLong("id"), rs.getLong("order_id"), rs.getString("payment_order_id"),
                NotificationEvent.valueOf(rs.getString("event")),
                phone == null ? null : PhoneNumber.parse(phone).orElse(null), rs.getInt("pickup_number"),
                rs.getInt("wait_minutes"), rs.getLong("refund_amount"), rs.getString("idempotency_key"),
                OutboxMessage.Status.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
                Times.read(rs, "created_at"), Times.read(rs, "next_attempt_at"), rs.getString("message_id"),
                rs.getString("channel"), Times.read(rs, "sent_at"));
    }
}
