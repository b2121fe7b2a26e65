package com.brewline.store.jdbc;

import com.brewline.model.ProviderStatuses;
import com.brewline.store.PaymentLedger;
import com.brewline.store.PaymentRecord;
import com.brewline.store.Refund;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Payments (one row per order, written with the pending order) and refunds (one per order at most), the same SQL on
 * both engines: every write is one statement on the row it names (refunds.order_id is UNIQUE on both).
 */
public final class JdbcPaymentLedger implements PaymentLedger {
    private static final String REFUND_COLUMNS = "id, order_id, payment_key, amount, reason, idempotency_key, status, "
            + "attempts, last_error, created_at, done_at";

    private final Transactions db;
    private final Statements sql;
    private final Clock clock;

    public JdbcPaymentLedger(Transactions db, Statements sql, Clock clock) {
        this.db = db;
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    public Optional<PaymentRecord> payment(long orderId) {
        return db.read("read the payment of order " + orderId, c -> sql.first(c,
                "SELECT order_id, payment_order_id, amount, ready_key, confirm_key, abort_key, payment_key, checkout_url, "
                        + "expires_at, provider_status, approved_at FROM payments WHERE order_id = ?",
                rs -> new PaymentRecord(rs.getLong("order_id"), rs.getString("payment_order_id"), rs.getLong("amount"),
                        rs.getString("ready_key"), rs.getString("confirm_key"), rs.getString("abort_key"),
                        rs.getString("payment_key"), rs.getString("checkout_url"), Statements.time(rs, "expires_at"),
                        rs.getString("provider_status"), Statements.time(rs, "approved_at")), orderId));
    }

    @Override
    public void attachSession(long orderId, String paymentKey, String checkoutUrl, Instant expiresAt) {
        db.write("store the payment session of order " + orderId, c -> requireOne("payment for order " + orderId, sql.update(c,
                "UPDATE payments SET payment_key = ?, checkout_url = ?, expires_at = ?, "
                        + "provider_status = coalesce(provider_status, ?), updated_at = ? WHERE order_id = ?",
                paymentKey, checkoutUrl, expiresAt, ProviderStatuses.SESSION_OPENED, clock.instant(), orderId)));
    }

    @Override
    public void updateProviderStatus(long orderId, String providerStatus) {
        db.write("store the payment status of order " + orderId, c -> requireOne("payment for order " + orderId, sql.update(c,
                "UPDATE payments SET provider_status = ?, updated_at = ? WHERE order_id = ?",
                providerStatus, clock.instant(), orderId)));
    }

    private static int requireOne(String what, int updated) {
        if (updated != 1) {
            throw new IllegalArgumentException("There is no " + what);
        }
        return updated;
    }

    @Override
    public List<Refund> refundsDue() {
        return db.read("read the refunds due", c -> sql.list(c, "SELECT " + REFUND_COLUMNS
                + " FROM refunds WHERE status = ? ORDER BY id", JdbcPaymentLedger::refund, Refund.Status.PENDING));
    }

    @Override
    public List<Refund> refundsFailing(int minAttempts) {
        return db.read("read the failing refunds", c -> sql.list(c, "SELECT " + REFUND_COLUMNS
                        + " FROM refunds WHERE status = ? AND attempts >= ? ORDER BY id", JdbcPaymentLedger::refund,
                Refund.Status.PENDING, minAttempts));
    }

    @Override
    public void markRefundDone(long refundId, Instant at, String transactionKey) {
        db.write("record refund " + refundId + " as done", c -> {
            int updated = sql.update(c, "UPDATE refunds SET status = ?, done_at = ?, transaction_key = ? "
                    + "WHERE id = ? AND status = ?", Refund.Status.DONE, at, transactionKey, refundId, Refund.Status.PENDING);
            if (updated == 0 && sql.count(c, "SELECT count(*) FROM refunds WHERE id = ?", refundId) == 0) {
                throw new IllegalArgumentException("There is no refund with id " + refundId);
            }
            return updated; // already done: nothing to change
        });
    }

    @Override
    public void recordRefundFailure(long refundId, String error) {
        db.write("record a failure of refund " + refundId, c -> requireOne("refund with id " + refundId, sql.update(c,
                "UPDATE refunds SET attempts = attempts + 1, last_error = ? WHERE id = ?", error, refundId)));
    }

    private static Refund refund(ResultSet rs) throws SQLException {
        return new Refund(rs.getLong("id"), rs.getLong("order_id"), rs.getString("payment_key"), rs.getLong("amount"),
                rs.getString("reason"), rs.getString("idempotency_key"), Refund.Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getString("last_error"), Statements.time(rs, "created_at"),
                Statements.time(rs, "done_at"));
    }
}
