package com.brewline.store;

import com.brewline.model.NotificationEvent;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;
import com.brewline.model.PhoneNumber;
import com.brewline.model.PrepTime;

import java.time.Instant;
import java.util.List;

/**
 * One message owed to a customer, written in the transaction of the status change that caused it.
 * What it says is frozen here (pickup number, estimated wait, refund), so every retry sends the same
 * body with the same {@code idempotencyKey}.
 *
 * @param recipient    null once the number was deleted (the day closed before it could be sent)
 * @param waitMinutes  the estimate at payment (PAID only, else 0)
 * @param refundAmount the won refunded (CANCELLED and REJECTED only, else 0)
 */
public record OutboxMessage(long id, long orderId, String paymentOrderId, NotificationEvent event, PhoneNumber recipient,
                            int pickupNumber, int waitMinutes, long refundAmount, String idempotencyKey,
                            Status status, int attempts, String lastError, Instant createdAt, Instant nextAttemptAt,
                            String messageId, String channel, Instant sentAt) {
    public enum Status { PENDING, SENT, FAILED }

    /** Column list both engines read a row with (outbox n, orders o, order_phones p). */
    public static final String COLUMNS = "n.id, n.order_id, o.payment_order_id, n.event, p.phone, n.pickup_number, "
            + "n.wait_minutes, n.refund_amount, n.idempotency_key, n.status, n.attempts, n.last_error, n.created_at, "
            + "n.next_attempt_at, n.message_id, n.channel, n.sent_at";
    /** The joins both engines read a row through; a deleted number reads as null. */
    public static final String FROM = " FROM notification_outbox n JOIN orders o ON o.id = n.order_id "
            + "LEFT JOIN order_phones p ON p.order_id = n.order_id ";

    /**
     * The wait told in the PAID message: the kiosk's estimate (the tickets paid before it plus its own, one
     * barista), in whole minutes, 1 to 999.
     */
    public static int waitMinutes(List<Order> ahead, List<OrderLine> own) {
        long seconds = PrepTime.estimatedWait(ahead, own, 1).toSeconds();
        return (int) Math.min(999, Math.max(1, (seconds + 59) / 60));
    }

    /** This message telling {@code minutes} of wait instead (what {@link NotificationOutbox#fixWait} froze). */
    public OutboxMessage withWaitMinutes(int minutes) {
        return new OutboxMessage(id, orderId, paymentOrderId, event, recipient, pickupNumber, minutes, refundAmount,
                idempotencyKey, status, attempts, lastError, createdAt, nextAttemptAt, messageId, channel, sentAt);
    }

    /** A wait a message may tell: 1 to 999 minutes. */
    public static int checkWait(int minutes) {
        if (minutes < 1 || minutes > 999) {
            throw new IllegalArgumentException("a told wait is 1 to 999 minutes, was " + minutes);
        }
        return minutes;
    }

    /** The refund a message tells of: the order's total when it was paid and the event refunds it, else 0. */
    public static long refundTold(NotificationEvent event, Order order) {
        return event.tellsRefund() && order.paidAt() != null ? order.total() : 0;
    }

    /** The contract's clientReference: one per order and event, so a lookup finds exactly this message. */
    public String clientReference() {
        return "order-" + paymentOrderId + "-" + event.name();
    }
}
