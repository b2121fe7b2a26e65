package com.brewline.store.postgres;

import com.brewline.model.BusinessDay;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The notification outbox on PostgreSQL (schema step 6), with the SQLite engine's semantics (ADR 0008):
 * {@code order_phones} keeps the number a customer left until the day's close, {@code notification_outbox}
 * the messages owed. The static methods run inside the order queue's transactions, so a message exists
 * exactly when its status change does. Claims are one statement that locks the rows it takes
 * ({@code FOR UPDATE SKIP LOCKED}) and sets their lease: two senders claiming at once never take the same
 * row, and neither waits for the other (ADR 0004).
 */
final class PgNotificationOutbox implements NotificationOutbox {
    private static final List<OrderStatus> ON_QUEUE = List.of(OrderStatus.PAID, OrderStatus.IN_PREPARATION);
    private static final String PENDING = OutboxMessage.Status.PENDING.name();

    private final PgDatabase db;
    private final Clock clock;

    PgNotificationOutbox(PgDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** With the pending order: the number the customer left, if any. */
    static void keepPhone(Connection c, long orderId, PhoneNumber phone) throws SQLException {
        if (phone != null) {
            PgSql.update(c, "INSERT INTO order_phones (order_id, phone) VALUES (?, ?)", orderId, phone.digits());
        }
    }

    /**
     * With a status change: the message it owes, when the order carries a phone number and this event was
     * not already queued (a recalled ticket turning ready again). {@code order} is the order after the change;
     * its row is locked by the caller, so two changes of one order never enqueue at once.
     */
    static void enqueue(Connection c, Order order, OrderStatus to, Instant now) throws SQLException {
        Optional<NotificationEvent> event = NotificationEvent.on(to);
        if (event.isEmpty() || PgSql.count(c, "SELECT count(*) FROM order_phones WHERE order_id = ?", order.id()) == 0) {
            return;
        }
        int waitMinutes = event.get() == NotificationEvent.PAID ? OutboxMessage.waitMinutes(PgOrderRows.query(c,
                "WHERE o.status = ANY(?) AND o.id <> ?", PgOrderRows.statuses(c, ON_QUEUE), order.id()),
                order.lines()) : 0;
        PgSql.update(c, "INSERT INTO notification_outbox (order_id, event, pickup_number, wait_minutes, refund_amount, "
                        + "idempotency_key, status, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (order_id, event) DO NOTHING", order.id(), event.get(), order.pickupNumber(),
                waitMinutes, OutboxMessage.refundTold(event.get(), order), UUID.randomUUID(), PENDING, now, now);
    }

    /**
     * At the day's close (the caller holds the day's row lock): numbers are deleted, except those still owed a
     * message (deleted by {@link #forgetPhoneIfDone} once it is sent or has failed).
     */
    static void forgetPhonesAtClose(Connection c) throws SQLException {
        PgSql.update(c, "DELETE FROM order_phones p WHERE NOT EXISTS (SELECT 1 FROM notification_outbox n "
                + "WHERE n.order_id = p.order_id AND n.status = ?)", PENDING);
    }

    /**
     * After a message ended: its number goes when nothing more is owed and the order's day is closed. The day's row
     * is read {@code FOR SHARE}, which waits for a close in flight ({@code FOR NO KEY UPDATE}) and holds a close
     * back until this commits: whichever commits second sees the other, so no number outlives both.
     */
    private static void forgetPhoneIfDone(Connection c, long orderId) throws SQLException {
        boolean closed = PgSql.first(c, "SELECT d.state FROM business_days d JOIN orders o ON o.business_day_id = d.id "
                        + "WHERE o.id = ? FOR SHARE OF d", rs -> rs.getString(1), orderId)
                .map(BusinessDay.State.CLOSED.name()::equals).orElse(false);
        if (closed) {
            PgSql.update(c, "DELETE FROM order_phones WHERE order_id = ? AND NOT EXISTS (SELECT 1 FROM "
                    + "notification_outbox WHERE order_id = ? AND status = ?)", orderId, orderId, PENDING);
        }
    }

    @Override
    public List<OutboxMessage> claimDue(String sender, int limit, Duration lease) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be 1..1000, was " + limit);
        }
        return db.write("claim due notifications", c -> {
            Instant now = Instant.ofEpochMilli(clock.instant().toEpochMilli());
            Long[] ids = PgSql.list(c, "UPDATE notification_outbox SET claimed_by = ?, claimed_until = ?, "
                    + "attempts = attempts + 1 WHERE id IN (SELECT id FROM notification_outbox WHERE status = ? "
                    + "AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?) ORDER BY id LIMIT ? "
                    + "FOR UPDATE SKIP LOCKED) RETURNING id", rs -> rs.getLong(1),
                    sender, now.plus(lease), PENDING, now, now, limit).toArray(Long[]::new);
            return ids.length == 0 ? List.<OutboxMessage>of() : PgSql.list(c, "SELECT " + OutboxMessage.COLUMNS
                    + OutboxMessage.FROM + "WHERE n.id = ANY(?) ORDER BY n.id", PgNotificationOutbox::row,
                    c.createArrayOf("bigint", ids));
        });
    }

    @Override
    public void markSent(long id, String messageId, String channel, Instant at) {
        end(id, "record notification " + id + " as sent", c -> PgSql.update(c, "UPDATE notification_outbox SET "
                + "status = ?, message_id = ?, channel = ?, sent_at = ?, claimed_until = NULL, last_error = NULL "
                + "WHERE id = ? AND status = ?", OutboxMessage.Status.SENT, messageId, channel, at, id, PENDING));
    }

    @Override
    public void markFailed(long id, String reason) {
        end(id, "record notification " + id + " as failed", c -> PgSql.update(c, "UPDATE notification_outbox SET "
                + "status = ?, last_error = ?, claimed_until = NULL WHERE id = ? AND status = ?",
                OutboxMessage.Status.FAILED, reason, id, PENDING));
    }

    private void end(long id, String what, PgDatabase.SqlWork<Integer> update) {
        db.write(what, c -> {
            long orderId = lockRow(c, id);
            int updated = update.run(c);
            forgetPhoneIfDone(c, orderId);
            return updated;
        });
    }

    @Override
    public void retryLater(long id, String error, Instant nextAttemptAt) {
        db.write("record a failure of notification " + id, c -> {
            lockRow(c, id);
            return PgSql.update(c, "UPDATE notification_outbox SET last_error = ?, next_attempt_at = ?, "
                    + "claimed_until = NULL WHERE id = ? AND status = ?", error, nextAttemptAt, id, PENDING);
        });
    }

    /** The row, locked until the transaction ends; @return its order's id */
    private static long lockRow(Connection c, long id) throws SQLException {
        return PgSql.first(c, "SELECT order_id FROM notification_outbox WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), id)
                .orElseThrow(() -> new IllegalArgumentException("There is no notification with id " + id));
    }

    @Override
    public void fixWait(long id, int minutes) {
        OutboxMessage.checkWait(minutes);
        db.write("fix the wait of notification " + id, c -> PgSql.update(c, "UPDATE notification_outbox SET wait_minutes = ? "
                + "WHERE id = ? AND event = ? AND status = ?", minutes, id, NotificationEvent.PAID, PENDING));
    }

    @Override
    public List<OutboxMessage> ofOrder(long orderId) {
        return db.read("read the notifications of order " + orderId, c -> PgSql.list(c, "SELECT "
                + OutboxMessage.COLUMNS + OutboxMessage.FROM + "WHERE n.order_id = ? ORDER BY n.id",
                PgNotificationOutbox::row, orderId));
    }

    @Override
    public long pendingCount() {
        return db.read("count the pending notifications",
                c -> PgSql.count(c, "SELECT count(*) FROM notification_outbox WHERE status = ?", PENDING));
    }

    @Override
    public Optional<String> maskedPhone(long orderId) {
        return db.read("read the phone of order " + orderId, c -> PgSql.first(c,
                "SELECT phone FROM order_phones WHERE order_id = ?", rs -> PhoneNumber.mask(rs.getString(1)), orderId));
    }

    private static OutboxMessage row(ResultSet rs) throws SQLException {
        String phone = rs.getString("phone");
        return new OutboxMessage(rs.getLong("id"), rs.getLong("order_id"), rs.getString("payment_order_id"),
                NotificationEvent.valueOf(rs.getString("event")),
                phone == null ? null : PhoneNumber.parse(phone).orElse(null), rs.getInt("pickup_number"),
                rs.getInt("wait_minutes"), rs.getLong("refund_amount"), rs.getString("idempotency_key"),
                OutboxMessage.Status.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
                PgSql.time(rs, "created_at"), PgSql.time(rs, "next_attempt_at"), rs.getString("message_id"),
                rs.getString("channel"), PgSql.time(rs, "sent_at"));
    }
}
