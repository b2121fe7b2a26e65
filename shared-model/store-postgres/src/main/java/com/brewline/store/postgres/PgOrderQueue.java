package com.brewline.store.postgres;

import com.brewline.store.jdbc.JdbcBusinessDays;
import com.brewline.store.jdbc.JdbcOrderQueue;
import com.brewline.store.jdbc.OrderRows;
import com.brewline.store.jdbc.PrepTimes;
import com.brewline.model.BusinessDay;
import com.brewline.model.NewOrder;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;
import com.brewline.model.OrderStatus;
import com.brewline.model.OrderTransitions;
import com.brewline.model.PaymentOrderIds;
import com.brewline.model.PrepTimeShares;
import com.brewline.model.DayTransitions;
import com.brewline.model.PickupNumberRules;
import com.brewline.model.ProviderStatuses;
import com.brewline.model.StoreRefundReasons;
import com.brewline.store.NoPickupNumberFreeException;
import com.brewline.store.StoreNotTakingOrdersException;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static com.brewline.store.postgres.PgStatements.SQL;

/**
 * The order queue on PostgreSQL. Every change is one READ COMMITTED transaction that locks the order's
 * row ({@code SELECT ... FOR UPDATE}), re-reads it, checks the move with {@link OrderTransitions} and
 * writes it with its event: a second process making a move on the same order waits, then sees the
 * first one's result. Claims run one at a time (an advisory lock held for the claim's few milliseconds)
 * and take the oldest paid order nobody is changing ({@code FOR UPDATE SKIP LOCKED}): no order is claimed
 * twice, and orders are started in the order they were paid, across stations.
 */
final class PgOrderQueue extends JdbcOrderQueue {
    /**
     * How a change reads the latest day (markPaid, day open/pause/close): its row locked until the transaction ends.
     * NO KEY UPDATE: an order's foreign key to its day takes KEY SHARE, which it does not block (ADR 0004).
     */
    static final String LOCK_DAY = " FOR NO KEY UPDATE";
    private static final List<OrderStatus> OPEN = Arrays.stream(OrderStatus.values()).filter(OrderStatus::isOpen).toList();

    /** pg_advisory_xact_lock key of claims: "CLAIMS" in ASCII. */
    private static final long CLAIM_LOCK = 0x434c_4149_4d53L;

    PgOrderQueue(PgDatabase db, Clock clock) {
        super(db, SQL, PgOrderRows.shared(), clock, "");
    }

    /** The order's row locked until the transaction ends ({@code FOR UPDATE}). */
    @Override
    protected Order lockOrder(Connection c, long orderId) throws SQLException {
        return PgOrderRows.lock(c, orderId);
    }

    @Override
    public Order createPending(NewOrder order) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(order.kioskId(), "kioskId");
        Objects.requireNonNull(order.dining(), "dining");
        return db.write("create a pending order", c -> {
            // no lock on the day: a pending order is no one's work yet, and markPaid decides its day under the lock
            BusinessDay day = JdbcBusinessDays.latest(SQL, c).orElseThrow(() -> new StoreNotTakingOrdersException(
                    "The store is not taking orders: no business day has been opened yet"));
            if (!DayTransitions.takesOrders(Optional.of(day))) {
                throw new StoreNotTakingOrdersException("The store is not taking orders: the business day of "
                        + day.date() + " is " + day.state());
            }
            // before the customer is asked to pay: a charge must never meet a full board
            if (!PickupNumberRules.hasRoom((int) SQL.count(c, "SELECT count(*) FROM orders WHERE status = ANY(?)",
                    PgOrderRows.statuses(c, OPEN)))) {
                throw new NoPickupNumberFreeException("The store is not taking orders for the moment: all "
                        + PickupNumberRules.MAX + " pickup numbers are held by open orders");
            }
            Instant now = Instant.ofEpochMilli(clock.instant().toEpochMilli());
            String paymentOrderId = PaymentOrderIds.next(day.date());
            long id = SQL.insert(c, "INSERT INTO orders (payment_order_id, business_day_id, status, dining, kiosk_id, "
                            + "total, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    paymentOrderId, day.id(), OrderStatus.PENDING_PAYMENT, order.dining(), order.kioskId(),
                    order.total(), now);
            List<OrderLine> lines = order.lines();
            for (int i = 0; i < lines.size(); i++) {
                OrderLine line = lines.get(i);
                SQL.update(c, "INSERT INTO order_lines (order_id, line_index, item_id, name_ko, name_en, options_json, "
                                + "quantity, unit_price, prep_seconds, category_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        id, i, line.itemId(), line.nameKo(), line.nameEn(), OrderRows.optionsJson(line.options()),
                        line.quantity(), line.unitPrice(), line.prepSeconds(), line.categoryId());
            }
            SQL.update(c, "INSERT INTO payments (order_id, payment_order_id, amount, ready_key, confirm_key, abort_key, "
                            + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", id, paymentOrderId, order.total(),
                    UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), now);
            event(c, id, null, OrderStatus.PENDING_PAYMENT, now, "kiosk:" + order.kioskId(), null);
            PgNotificationOutbox.keepPhone(c, id, order.phone());
            return new Order(id, paymentOrderId, day.id(), 0, OrderStatus.PENDING_PAYMENT, order.dining(),
                    order.kioskId(), lines, order.total(), now, null, null, null, null,
                    lines.stream().map(l -> false).toList());
        });
    }

    @Override
    public Order markPaid(long orderId, String paymentKey, long amount, String method, Instant approvedAt,
                          String actor) {
        if (paymentKey == null || paymentKey.isBlank()) {
            throw new IllegalArgumentException("markPaid of order " + orderId + " needs the provider's payment key");
        }
        return db.write("mark order " + orderId + " paid", c -> {
            Order order = PgOrderRows.lock(c, orderId);
            if (order.status() != OrderStatus.PENDING_PAYMENT) {
                String paidBy = SQL.first(c, "SELECT payment_key FROM payments WHERE order_id = ?",
                        rs -> rs.getString(1), orderId).orElse(null);
                if (order.paidAt() != null && paymentKey.equals(paidBy)) {
                    return order; // the same payment reported twice (kiosk and reconciler raced)
                }
                OrderTransitions.check(order.ref(), order.status(), OrderStatus.PAID);
            }
            if (amount != order.total()) {
                throw new IllegalArgumentException("Order " + order.ref() + " costs " + order.total()
                        + " won but the payment was " + amount + " won: not marked paid");
            }
            // the latest day's row lock puts every markPaid in one line: pickup numbers and paid_seq (the PAID event's
            // id, taken under the lock) follow the order payments committed in, so FIFO never follows a clock
            Optional<BusinessDay> latest = JdbcBusinessDays.latest(SQL, c, PgOrderQueue.LOCK_DAY);
            // a payment joins the running day (open or paused) with a fresh number; after a close, or when every number
            // is held, it is recorded and refunded in this same transaction: never an open order on a closed day
            boolean joins = DayTransitions.forPayment(latest) == DayTransitions.LatePayment.JOIN_LATEST_DAY;
            long dayId = joins ? latest.orElseThrow().id() : order.businessDayId();
            int pickupNumber = joins ? nextPickupNumberOrNone(c, dayId) : 0;
            Instant now = Instant.ofEpochMilli(clock.instant().toEpochMilli());
            long paidSeq = SQL.insert(c, "INSERT INTO order_events (order_id, from_status, to_status, at, actor, reason) "
                            + "VALUES (?, ?, ?, ?, ?, ?)", orderId, OrderStatus.PENDING_PAYMENT, OrderStatus.PAID,
                    now, Objects.requireNonNullElse(actor, "unknown"), method);
            int changed = SQL.update(c, "UPDATE orders SET status = ?, paid_at = ?, paid_seq = ?, pickup_number = ?, "
                            + "business_day_id = ? WHERE id = ? AND status = ?",
                    OrderStatus.PAID, now, paidSeq, pickupNumber, dayId, orderId, OrderStatus.PENDING_PAYMENT);
            if (changed != 1) {
                throw new IllegalStateException("Order " + order.ref() + " changed while being marked paid");
            }
            SQL.update(c, "UPDATE payments SET payment_key = ?, method = ?, approved_at = ?, provider_status = ?, "
                    + "updated_at = ? WHERE order_id = ?", paymentKey, method, approvedAt, ProviderStatuses.CONFIRMED, now, orderId);
            Order paid = new Order(order.id(), order.paymentOrderId(), dayId, pickupNumber, OrderStatus.PAID,
                    order.dining(), order.kioskId(), order.lines(), order.total(), order.createdAt(), now,
                    order.startedAt(), order.readyAt(), order.finishedAt(), order.linesDone());
            if (!joins) {
                return apply(c, paid, OrderStatus.CANCELLED, "store", StoreRefundReasons.LATE_PAYMENT);
            }
            if (pickupNumber == 0) {
                return apply(c, paid, OrderStatus.CANCELLED, "store", StoreRefundReasons.NO_PICKUP_NUMBER);
            }
            // the message owed for the payment, in the payment's transaction (ADR 0008)
            PgNotificationOutbox.enqueue(c, paid, OrderStatus.PAID, now);
            return paid;
        });
    }

    /**
     * The next number not held by an open order of any day (1..999, then round again from the day's last), or 0 when
     * all are held; the caller holds the day's row lock. The partial unique index orders_open_pickup backs the promise.
     */
    private static int nextPickupNumberOrNone(Connection c, long dayId) throws SQLException {
        int last = (int) SQL.count(c, "SELECT last_pickup_number FROM business_days WHERE id = ?", dayId);
        Set<Integer> held = new HashSet<>(SQL.list(c, "SELECT pickup_number FROM orders WHERE status = ANY(?)",
                rs -> rs.getInt(1), PgOrderRows.statuses(c, OPEN)));
        int candidate = last;
        for (int i = 0; i < PickupNumberRules.MAX; i++) {
            candidate = candidate % PickupNumberRules.MAX + 1;
            if (!held.contains(candidate)) {
                SQL.update(c, "UPDATE business_days SET last_pickup_number = ? WHERE id = ?", candidate, dayId);
                return candidate;
            }
        }
        return 0;
    }

    @Override
    protected void enqueueMessage(Connection c, Order changed, OrderStatus to, Instant now) throws SQLException {
        PgNotificationOutbox.enqueue(c, changed, to, now);
    }

    @Override
    protected void recordPrepTimes(Connection c, Order order, Instant readyAt) throws SQLException {
        // an order made in parts at several stations was recorded part by part at each bump (JdbcStationQueue)
        if (SQL.count(c, "SELECT count(*) FROM order_parts WHERE order_id = ?", order.id()) > 0) {
            return;
        }
        if (order.startedAt() != null) {
            PrepTimes.recordWholeOrder(SQL, c, order, order.startedAt(), readyAt, clock.getZone());
            return;
        }
        List<PrepTimeShares.Share> shares = PrepTimeShares.of(order, readyAt);
        if (shares.isEmpty()) {
            return;
        }
        var zone = clock.getZone();
        LocalDate day = SQL.first(c, "SELECT date FROM business_days WHERE id = ?",
                rs -> rs.getObject(1, LocalDate.class), order.businessDayId())
                .orElse(readyAt.atZone(zone).toLocalDate());
        int hour = readyAt.atZone(zone).getHour();
        SQL.update(c, "DELETE FROM prep_time_history WHERE order_id = ?", order.id());
        for (PrepTimeShares.Share share : shares) {
            SQL.update(c, "INSERT INTO prep_time_history (order_id, item_id, day, hour, seconds, recorded_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", order.id(), share.itemId(), day, hour, share.seconds(), readyAt);
        }
    }

    @Override
    public Optional<Order> claimOldestPaid(String actor) {
        return db.write("claim the oldest paid order", c -> {
            // claims one at a time, as on SQLite: a station that found the oldest order starts it before the next
            // station looks, so orders are started in the order they were paid, across stations too. The lock
            // is held for the few milliseconds of the claim; a station never waits on anything longer.
            SQL.first(c, "SELECT pg_advisory_xact_lock(?)", rs -> null, CLAIM_LOCK);
            // SKIP LOCKED: an order someone else is changing right now (a customer's cancel) is passed over, not waited for.
            // Urgent first (staff's mark, latest per order: a small table, looked at first), then first in,
            // first out by commit sequence; without an urgent order this is the plain queue-index query
            Optional<Long> oldest = SQL.first(c, "SELECT o.id FROM order_flag_events f JOIN orders o ON o.id = f.order_id "
                    + "WHERE o.status = ? AND f.urgent = 1 "
                    + "AND f.id = (SELECT max(g.id) FROM order_flag_events g WHERE g.order_id = f.order_id) "
                    + "ORDER BY o.paid_seq, o.id LIMIT 1 FOR UPDATE OF o SKIP LOCKED", rs -> rs.getLong(1), OrderStatus.PAID);
            if (oldest.isEmpty()) {
                oldest = SQL.first(c, "SELECT id FROM orders WHERE status = ? ORDER BY paid_seq, id "
                        + "LIMIT 1 FOR UPDATE SKIP LOCKED", rs -> rs.getLong(1), OrderStatus.PAID);
            }
            if (oldest.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(apply(c, PgOrderRows.require(c, oldest.get()), OrderStatus.IN_PREPARATION, actor,
                    "claimed"));
        });
    }
}
