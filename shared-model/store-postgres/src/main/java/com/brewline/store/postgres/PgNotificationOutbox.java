package com.brewline.store.postgres;

import com.brewline.model.BusinessDay;
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

import static com.brewline.store.postgres.PgStatements.SQL;

/**
 * The notification outbox on PostgreSQL (schema step 6), with the SQLite engine's semantics (ADR 0008):
 * {@code order_phones} keeps the number a customer left until the day's close, {@code notification_outbox}
 * the messages owed. The static methods run inside the order queue's transactions, so a message exists
 * exactly when its status change does. Claims are one statement that locks the rows it takes
 * ({@code FOR UPDATE SKIP LOCKED}) and sets their lease: two senders claiming at once never take the same
 * row, and neither waits for the other (ADR 0004).
 */
final class PgNotificationOutbox implements JdbcNotificationOutbox.Engine {
    private static final List<OrderStatus> ON_QUEUE = List.of(OrderStatus.PAID, OrderStatus.IN_PREPARATION);
    private static final String PENDING = OutboxMessage.Status.PENDING.name();

    private PgNotificationOutbox() {
    }

    static NotificationOutbox open(PgDatabase db, Clock clock) {
        return new JdbcNotificationOutbox(db, SQL, clock, new PgNotificationOutbox());
    }

    /** With the pending order: the number the customer left, if any. */
    static void keepPhone(Connection c, long orderId, PhoneNumber phone) throws SQLException {
        JdbcNotificationOutbox.keepPhone(SQL, c, orderId, phone);
    }

    /**
     * With a status change: the message it owes, when the order carries a phone number and this event was
     * not already queued (a recalled ticket turning ready again). {@code order} is the order after the change;
     * its row is locked by the caller, so two changes of one order never enqueue at once.
     */
    static void enqueue(Connection c, Order order, OrderStatus to, Instant now) throws SQLException {
        Optional<NotificationEvent> event = NotificationEvent.on(to);
        if (event.isEmpty() || SQL.count(c, "SELECT count(*) FROM order_phones WHERE order_id = ?", order.id()) == 0) {
            return;
        }
        int waitMinutes = event.get() == NotificationEvent.PAID ? OutboxMessage.waitMinutes(PgOrderRows.query(c,
                "WHERE o.status = ANY(?) AND o.id <> ?", PgOrderRows.statuses(c, ON_QUEUE), order.id()),
                order.lines()) : 0;
        SQL.update(c, "INSERT INTO notification_outbox (order_id, event, pickup_number, wait_minutes, refund_amount, "
                        + "idempotency_key, status, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (order_id, event) DO NOTHING", order.id(), event.get(), order.pickupNumber(),
                waitMinutes, OutboxMessage.refundTold(event.get(), order), UUID.randomUUID(), PENDING, now, now);
    }

    /**
     * After a message ended: its number goes when nothing more is owed and the order's day is closed. The day's row
     * is read {@code FOR SHARE}, which waits for a close in flight ({@code FOR NO KEY UPDATE}) and holds a close
     * back until this commits: whichever commits second sees the other, so no number outlives both.
     */
    @Override
    public void forgetPhoneIfDone(Connection c, long orderId) throws SQLException {
        boolean closed = SQL.first(c, "SELECT d.state FROM business_days d JOIN orders o ON o.business_day_id = d.id "
                        + "WHERE o.id = ? FOR SHARE OF d", rs -> rs.getString(1), orderId)
                .map(BusinessDay.State.CLOSED.name()::equals).orElse(false);
        if (closed) {
            SQL.update(c, "DELETE FROM order_phones WHERE order_id = ? AND NOT EXISTS (SELECT 1 FROM "
                    + "notification_outbox WHERE order_id = ? AND status = ?)", orderId, orderId, PENDING);
        }
    }

    /**
     * One statement that locks the rows it takes ({@code FOR UPDATE SKIP LOCKED}) and sets their lease: two senders
     * claiming at once never take one row and never wait for each other.
     */
    @Override
    public List<Long> claimDue(Connection c, String sender, int limit, Instant now, Instant until) throws SQLException {
        return SQL.list(c, "UPDATE notification_outbox SET claimed_by = ?, claimed_until = ?, "
                + "attempts = attempts + 1 WHERE id IN (SELECT id FROM notification_outbox WHERE status = ? "
                + "AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?) ORDER BY id LIMIT ? "
                + "FOR UPDATE SKIP LOCKED) RETURNING id", rs -> rs.getLong(1), sender, until, PENDING, now, now, limit);
    }

    /** The row, locked until the transaction ends; @return its order's id */
    @Override
    public long lockMessage(Connection c, long id) throws SQLException {
        return SQL.first(c, "SELECT order_id FROM notification_outbox WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), id)
                .orElseThrow(() -> new IllegalArgumentException("There is no notification with id " + id));
    }
}
