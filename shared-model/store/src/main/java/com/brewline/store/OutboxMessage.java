package com.brewline.store;

import com.brewline.model.NotificationEvent;
import com.brewline.model.PhoneNumber;

import java.time.Instant;

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

    /** The contract's clientReference: one per order and event, so a lookup finds exactly this message. */
    public String clientReference() {
        return "order-" + paymentOrderId + "-" + event.name();
    }
}
