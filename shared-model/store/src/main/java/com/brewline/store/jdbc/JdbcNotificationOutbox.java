package com.brewline.store.jdbc;

import com.brewline.model.NotificationEvent;
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

/**
 * The notification outbox (ADR 0008), one logic for both engines: {@code order_phones} keeps the number a customer
 * left until the day's close, {@code notification_outbox} the messages owed. How a sender claims due rows, how a row
 * is made this transaction's own and how a number is forgotten once nothing more is owed are the engine's
 * ({@link Engine}: PostgreSQL's row locks of ADR 0004, SQLite's BEGIN IMMEDIATE); the rest is the same SQL.
 */
public final class JdbcNotificationOutbox implements NotificationOutbox {
    private static final OutboxMessage.Status PENDING = OutboxMessage.Status.PENDING;

    /** What an engine does its own way, inside the write transaction the outbox opened. */
    public interface Engine {
        /** Marks up to {@code limit} due rows claimed by {@code sender} until {@code until}; returns their ids. */
        List<Long> claimDue(Connection c, String sender, int limit, Instant now, Instant until) throws SQLException;

        /** The message's row made this transaction's own; returns its order's id. Refused when there is none. */
        long lockMessage(Connection c, long id) throws SQLException;

        /** After a message ended: its order's number goes when nothing more is owed and the order's day is closed. */
        void forgetPhoneIfDone(Connection c, long orderId) throws SQLException;
    }

    private final Transactions db;
    private final Statements sql;
    private final Clock clock;
    private final Engine engine;
    private final String messagesWithIds;

    public JdbcNotificationOutbox(Transactions db, Statements sql, Clock clock, Engine engine) {
        this.db = db;
        this.sql = sql;
        this.clock = clock;
        this.engine = engine;
        this.messagesWithIds = "SELECT " + OutboxMessage.COLUMNS + OutboxMessage.FROM + "WHERE " + sql.isAnyOf("n.id")
                + " ORDER BY n.id";
    }

    /** With the pending order, in its transaction: the number the customer left, if any. */
    public static void keepPhone(Statements sql, Connection c, long orderId, PhoneNumber phone) throws SQLException {
        if (phone != null) {
            sql.update(c, "INSERT INTO order_phones (order_id, phone) VALUES (?, ?)", orderId, phone.digits());
        }
    }

    /**
     * At the day's close, in its transaction (which holds the day the engine's way): numbers are deleted, except those
     * still owed a message (the engine's {@link Engine#forgetPhoneIfDone} deletes them once it is sent or has failed).
     */
    public static void forgetPhonesAtClose(Statements sql, Connection c) throws SQLException {
        sql.update(c, "DELETE FROM order_phones WHERE NOT EXISTS (SELECT 1 FROM notification_outbox n "
                + "WHERE n.order_id = order_phones.order_id AND n.status = ?)", PENDING);
    }

    @Override
    public List<OutboxMessage> claimDue(String sender, int limit, Duration lease) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be 1..1000, was " + limit);
        }
        return db.write("claim due notifications", c -> {
            Instant now = Instant.ofEpochMilli(clock.instant().toEpochMilli());
            List<Long> ids = engine.claimDue(c, sender, limit, now, now.plus(lease));
            // exactly the rows this claim took (the same sender may have claimed others in the same millisecond)
            return ids.isEmpty() ? List.<OutboxMessage>of()
                    : sql.list(c, messagesWithIds, JdbcNotificationOutbox::row, sql.ids(c, ids));
        });
    }

    @Override
    public void markSent(long id, String messageId, String channel, Instant at) {
        end(id, "record notification " + id + " as sent", c -> sql.update(c, "UPDATE notification_outbox SET "
                + "status = ?, message_id = ?, channel = ?, sent_at = ?, claimed_until = NULL, last_error = NULL "
                + "WHERE id = ? AND status = ?", OutboxMessage.Status.SENT, messageId, channel, at, id, PENDING));
    }

    @Override
    public void markFailed(long id, String reason) {
        end(id, "record notification " + id + " as failed", c -> sql.update(c, "UPDATE notification_outbox SET "
                + "status = ?, last_error = ?, claimed_until = NULL WHERE id = ? AND status = ?",
                OutboxMessage.Status.FAILED, reason, id, PENDING));
    }

    private void end(long id, String what, SqlWork<Integer> update) {
        db.write(what, c -> {
            long orderId = engine.lockMessage(c, id);
            int updated = update.run(c);
            engine.forgetPhoneIfDone(c, orderId);
            return updated;
        });
    }

    @Override
    public void retryLater(long id, String error, Instant nextAttemptAt) {
        db.write("record a failure of notification " + id, c -> {
            engine.lockMessage(c, id);
            return sql.update(c, "UPDATE notification_outbox SET last_error = ?, next_attempt_at = ?, "
                    + "claimed_until = NULL WHERE id = ? AND status = ?", error, nextAttemptAt, id, PENDING);
        });
    }

    @Override
    public void fixWait(long id, int minutes) {
        OutboxMessage.checkWait(minutes);
        db.write("fix the wait of notification " + id, c -> sql.update(c, "UPDATE notification_outbox "
                + "SET wait_minutes = ? WHERE id = ? AND event = ? AND status = ?", minutes, id, NotificationEvent.PAID,
                PENDING));
    }

    @Override
    public List<OutboxMessage> ofOrder(long orderId) {
        return db.read("read the notifications of order " + orderId, c -> sql.list(c, "SELECT "
                + OutboxMessage.COLUMNS + OutboxMessage.FROM + "WHERE n.order_id = ? ORDER BY n.id",
                JdbcNotificationOutbox::row, orderId));
    }

    @Override
    public long pendingCount() {
        return db.read("count the pending notifications",
                c -> sql.count(c, "SELECT count(*) FROM notification_outbox WHERE status = ?", PENDING));
    }

    @Override
    public Optional<String> maskedPhone(long orderId) {
        return db.read("read the phone of order " + orderId, c -> sql.first(c,
                "SELECT phone FROM order_phones WHERE order_id = ?", rs -> PhoneNumber.mask(rs.getString(1)), orderId));
    }

    private static OutboxMessage row(ResultSet rs) throws SQLException {
        String phone = rs.getString("phone");
        return new OutboxMessage(rs.getLong("id"), rs.getLong("order_id"), rs.getString("payment_order_id"),
                NotificationEvent.valueOf(rs.getString("event")),
                phone == null ? null : PhoneNumber.parse(phone).orElse(null), rs.getInt("pickup_number"),
                rs.getInt("wait_minutes"), rs.getLong("refund_amount"), rs.getString("idempotency_key"),
                OutboxMessage.Status.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
                Statements.time(rs, "created_at"), Statements.time(rs, "next_attempt_at"), rs.getString("message_id"),
                rs.getString("channel"), Statements.time(rs, "sent_at"));
    }
}
