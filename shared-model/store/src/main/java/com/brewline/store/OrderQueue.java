package com.brewline.store;

import com.brewline.model.NewOrder;
import com.brewline.model.Order;
import com.brewline.model.OrderEvent;
import com.brewline.model.OrderStatus;
import com.brewline.model.UrgentFlag;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The durable order queue between kiosks and baristas. Every status change goes through
 * {@link com.brewline.model.OrderTransitions} inside the write transaction and is recorded as an
 * {@link OrderEvent}. All methods block on the database: never call them on the FX thread.
 */
public interface OrderQueue {

    /**
     * Writes a pending order (status PENDING_PAYMENT) with its provider order id and the
     * idempotency keys of its payment, before anything is sent to the provider.
     *
     * @throws StoreNotTakingOrdersException when the business day is not open
     */
    Order createPending(NewOrder order);

    /**
     * Marks a pending order paid together with its payment record in one transaction, committed
     * with synchronous=FULL, and hands out its pickup number. Idempotent for the same payment key:
     * an order already paid by that payment is returned unchanged (reconciliation may race the kiosk).
     *
     * @throws IllegalArgumentException when the amount differs from the order's total (nothing changes)
     */
    Order markPaid(long orderId, String paymentKey, long amount, String method, Instant approvedAt, String actor);

    /**
     * Any allowed status change, with who did it and why. Moving a paid order to CANCELLED or
     * REJECTED also queues its refund in the same transaction.
     *
     * @throws com.brewline.model.IllegalTransitionException when not allowed; nothing changes
     */
    Order transition(long orderId, OrderStatus to, String actor, String reason);

    /** Claims the oldest paid order for preparation; two stations never claim the same one. */
    Optional<Order> claimOldestPaid(String actor);

    /** Checks an item line off (or back on) on a ticket in preparation. */
    Order setLineDone(long orderId, int lineIndex, boolean done, String actor);

    /** The barista's tickets, PAID and IN_PREPARATION, oldest paid first. */
    List<Order> openTickets();

    /** Every order not yet final (paid, in preparation, ready) of the current day. */
    List<Order> openOrders();

    /** The ticket most recently bumped to READY, for the barista's recall. */
    Optional<Order> lastBumped();

    Optional<Order> find(long orderId);

    Optional<Order> findByPaymentOrderId(String paymentOrderId);

    /**
     * Marks a waiting order (paid or in preparation) urgent with a reason, or clears the mark with a
     * null reason. Changes no status; recorded in the order's flag history with time and actor.
     *
     * @throws IllegalArgumentException when the reason is blank or too long, or the order is not waiting
     */
    void setUrgent(long orderId, String reason, String actor);

    /** The waiting orders marked urgent now, by order id. */
    Map<Long, UrgentFlag> urgentOrders();

    /** The order's whole history, oldest first; the first event is its creation, whose {@code from} is null. */
    List<OrderEvent> history(long orderId);

    /** Pending orders created before {@code cutoff}: reconciliation looks each up at the provider. */
    List<Order> pendingCreatedBefore(Instant cutoff);
}
