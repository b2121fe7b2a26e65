package com.brewline.store.postgres;

import com.brewline.model.BusinessDay;
import com.brewline.store.NotificationOutbox;
import com.brewline.store.OutboxMessage;
import com.brewline.store.jdbc.JdbcNotificationOutbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static com.brewline.store.postgres.PgStatements.SQL;

/**
 * The notification outbox on PostgreSQL (schema step 6), with the SQLite engine's semantics (ADR 0008):
 * {@code order_phones} keeps the number a customer left until the day's close, {@code notification_outbox}
 * the messages owed. Claims are one statement that locks the rows it takes
 * ({@code FOR UPDATE SKIP LOCKED}) and sets their lease: two senders claiming at once never take the same
 * row, and neither waits for the other (ADR 0004).
 */
final class PgNotificationOutbox implements JdbcNotificationOutbox.Engine {
    private static final String PENDING = OutboxMessage.Status.PENDING.name();

    private PgNotificationOutbox() {
    }

    static NotificationOutbox open(PgDatabase db, Clock clock) {
        return new JdbcNotificationOutbox(db, SQL, clock, new PgNotificationOutbox());
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
