package com.brewline.store.sqlite;

import com.brewline.store.jdbc.JdbcBusinessDays;
import com.brewline.store.jdbc.JdbcOrderQueue;
import com.brewline.store.jdbc.PrepTimes;
import com.brewline.model.BusinessDay;
import com.brewline.model.DayTransitions;
import com.brewline.model.PaymentOrderIds;
import com.brewline.model.PickupNumberRules;
import com.brewline.model.NewOrder;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;
import com.brewline.model.OrderStatus;
import com.brewline.model.OrderTransitions;
import com.brewline.store.NoPickupNumberFreeException;
import com.brewline.model.ProviderStatuses;
import com.brewline.store.StoreNotTakingOrdersException;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static com.brewline.store.sqlite.SqliteStatements.SQL;

/**
 * The order queue on SQLite. Every change is one BEGIN IMMEDIATE transaction that re-reads the
 * order, checks the move with {@link OrderTransitions}, writes it and its event, so two processes
 * can never both make the same move. Order creation is recorded as an event with no "from" status.
 */
final class SqliteOrderQueue extends JdbcOrderQueue {
    /** Reasons of the refunds markPaid queues itself (ADR 0006); the kiosk words them for the customer. */
    static final String LATE_PAYMENT_REFUNDED = com.brewline.model.StoreRefundReasons.LATE_PAYMENT;
    static final String NO_NUMBER_REFUNDED = com.brewline.model.StoreRefundReasons.NO_PICKUP_NUMBER;

    SqliteOrderQueue(SqliteDatabase db, Clock clock) {
        super(db, SQL, OrderRows.shared(), clock, "+");
    }

    /** The order as it is: BEGIN IMMEDIATE already holds the write lock of the whole database. */
    @Override
    protected Order lockOrder(Connection c, long orderId) throws SQLException {
        return OrderRows.require(c, orderId);
    }

    @Override
    public Order createPending(NewOrder order) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(order.kioskId(), "kioskId");
        Objects.requireNonNull(order.dining(), "dining");
        return db.write("create a pending order", c -> {
            Optional<BusinessDay> latest = JdbcBusinessDays.latest(SQL, c);
            BusinessDay day = latest.orElseThrow(() -> new StoreNotTakingOrdersException(
                    "The store is not taking orders: no business day has been opened yet"));
            if (!DayTransitions.takesOrders(latest)) {
                throw new StoreNotTakingOrdersException("The store is not taking orders: the business day of "
                        + day.date() + " is " + day.state());
            }
            // before the customer is asked to pay: a charge must never meet a full board
            if (!PickupNumberRules.hasRoom(PickupNumbers.held(c))) {
                throw new NoPickupNumberFreeException("The store is not taking orders for the moment: all "
                        + PickupNumberRules.MAX + " pickup numbers are held by open orders");
            }
            Instant now = clock.instant();
            String paymentOrderId = PaymentOrderIds.next(day.date());
            long id = SQL.insert(c, "INSERT INTO orders (payment_order_id, business_day_id, status, dining, kiosk_id, "
                            + "total, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    paymentOrderId, day.id(), OrderStatus.PENDING_PAYMENT, order.dining(), order.kioskId(), order.total(), now);
            List<OrderLine> lines = order.lines();
            for (int i = 0; i < lines.size(); i++) {
                OrderLine line = lines.get(i);
                SQL.update(c, "INSERT INTO order_lines (order_id, line_index, item_id, name_ko, name_en, options_json, "
                                + "quantity, unit_price, prep_seconds, category_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        id, i, line.itemId(), line.nameKo(), line.nameEn(), com.brewline.store.jdbc.OrderRows.optionsJson(line.options()),
                        line.quantity(), line.unitPrice(), line.prepSeconds(), line.categoryId());
            }
            SQL.update(c, "INSERT INTO payments (order_id, payment_order_id, amount, ready_key, confirm_key, abort_key, "
                            + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", id, paymentOrderId, order.total(),
                    UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), now);
            event(c, id, null, OrderStatus.PENDING_PAYMENT, now, "kiosk:" + order.kioskId(), null);
            SqliteNotificationOutbox.keepPhone(c, id, order.phone());
            return OrderRows.require(c, id);
        });
    }

    @Override
    public Order markPaid(long orderId, String paymentKey, long amount, String method, Instant approvedAt,
                          String actor) {
        if (paymentKey == null || paymentKey.isBlank()) {
            throw new IllegalArgumentException("markPaid of order " + orderId + " needs the provider's payment key");
        }
        return db.write("mark order " + orderId + " paid", c -> {
            Order order = OrderRows.require(c, orderId);
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
            Instant now = clock.instant();
            Optional<BusinessDay> latest = JdbcBusinessDays.latest(SQL, c);
            // ADR 0006: a payment joins the running day (open or paused) with a fresh number, even if its order was
            // created before the day rolled over; after a close, or when every number is held, it is recorded and
            // refunded in this same transaction: never an open order on a closed day, never one left pending
            boolean joins = DayTransitions.forPayment(latest) == DayTransitions.LatePayment.JOIN_LATEST_DAY;
            long dayId = joins ? latest.orElseThrow().id() : order.businessDayId();
            int pickupNumber = joins ? PickupNumbers.nextOrNone(c, dayId) : 0;
            // the PAID event first: its id is the order's place in the queue (paid_seq), a sequence no clock can reorder
            long paidSeq = SQL.insert(c, "INSERT INTO order_events (order_id, from_status, to_status, at, actor, reason) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", orderId, OrderStatus.PENDING_PAYMENT, OrderStatus.PAID, now,
                    Objects.requireNonNullElse(actor, "unknown"), method);
            // business_day_id is set only when it moves: naming it in SET would rewrite its index entry for nothing
            int changed = dayId == order.businessDayId()
                    ? SQL.update(c, "UPDATE orders SET status = ?, paid_at = ?, pickup_number = ?, paid_seq = ? "
                    + "WHERE id = ? AND status = ?", OrderStatus.PAID, now, pickupNumber, paidSeq, orderId,
                    OrderStatus.PENDING_PAYMENT)
                    : SQL.update(c, "UPDATE orders SET status = ?, paid_at = ?, pickup_number = ?, paid_seq = ?, "
                    + "business_day_id = ? WHERE id = ? AND status = ?", OrderStatus.PAID, now, pickupNumber, paidSeq,
                    dayId, orderId, OrderStatus.PENDING_PAYMENT);
            if (changed != 1) {
                throw new IllegalStateException("Order " + order.ref() + " changed while being marked paid");
            }
            SQL.update(c, "UPDATE payments SET payment_key = ?, method = ?, approved_at = ?, provider_status = ?, "
                    + "updated_at = ? WHERE order_id = ?", paymentKey, method, approvedAt, ProviderStatuses.CONFIRMED, now,
                    orderId);
            // the order as just written, without reading it back: only these columns changed (times in millis, as stored)
            Instant paidAt = Instant.ofEpochMilli(now.toEpochMilli());
            Order paid = new Order(order.id(), order.paymentOrderId(), dayId, pickupNumber, OrderStatus.PAID,
                    order.dining(), order.kioskId(), order.lines(), order.total(), order.createdAt(), paidAt,
                    order.startedAt(), order.readyAt(), order.finishedAt(), order.linesDone());
            if (!joins) {
                return apply(c, paid, OrderStatus.CANCELLED, "store", LATE_PAYMENT_REFUNDED);
            }
            if (pickupNumber == 0) {
                return apply(c, paid, OrderStatus.CANCELLED, "store", NO_NUMBER_REFUNDED);
            }
            SqliteNotificationOutbox.enqueue(c, paid, OrderStatus.PAID, now);
            return paid;
        });
    }

    @Override
    protected void enqueueMessage(Connection c, Order changed, OrderStatus to, Instant now) throws SQLException {
        SqliteNotificationOutbox.enqueue(c, changed, to, now);
    }

    @Override
    public Optional<Order> claimOldestPaid(String actor) {
        return db.write("claim the oldest paid order", c -> {
            // urgent first (staff's mark, latest per order: a small table, looked at first), then first in,
            // first out by commit sequence; without an urgent order this is the plain queue-index query
            Optional<Long> oldest = SQL.first(c, "SELECT o.id FROM order_flag_events f JOIN orders o ON o.id = f.order_id "
                            + "WHERE o.status = ? AND f.urgent = 1 "
                            + "AND f.id = (SELECT max(g.id) FROM order_flag_events g WHERE g.order_id = f.order_id) "
                            + "ORDER BY o.paid_seq, o.id LIMIT 1", rs -> rs.getLong(1), OrderStatus.PAID);
            if (oldest.isEmpty()) {
                oldest = SQL.first(c, "SELECT id FROM orders WHERE status = ? ORDER BY paid_seq, id LIMIT 1",
                        rs -> rs.getLong(1), OrderStatus.PAID);
            }
            if (oldest.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(apply(c, OrderRows.require(c, oldest.get()), OrderStatus.IN_PREPARATION, actor,
                    "claimed"));
        });
    }

    /** The order turned READY: recorded here unless its stations recorded their parts at their bumps. */
    @Override
    protected void recordPrepTimes(Connection c, Order order, Instant readyAt) throws SQLException {
        if (order.startedAt() != null
                && SQL.count(c, "SELECT count(*) FROM order_parts WHERE order_id = ?", order.id()) == 0) {
            PrepTimes.recordWholeOrder(SQL, c, order, order.startedAt(), readyAt, clock.getZone());
        }
    }
}
