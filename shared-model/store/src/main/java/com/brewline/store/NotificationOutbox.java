package com.brewline.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Messages owed to customers (phone numbers left at the kiosk). Rows are written by the order queue in
 * the same transaction as the status change (paid, ready, cancelled, rejected), only for orders that
 * carry a phone number, at most one per order and event. Any process may send them: a sender claims
 * due rows for a lease, so two senders never work one row at once, and a sender killed mid-send leaves
 * the row to be claimed again after the lease (with the same idempotency key).
 */
public interface NotificationOutbox {
    /**
     * Claims up to {@code limit} pending rows due now whose lease (if any) has run out, oldest first, for
     * {@code lease}; counts the attempt.
     */
    List<OutboxMessage> claimDue(String sender, int limit, Duration lease);

    /**
     * Freezes the wait a PAID message tells (1 to 999 minutes), by its sender at the first attempt, before anything
     * is sent: the kiosk's own estimate, the one its done screen shows, replaces the one written with the payment,
     * and every later attempt sends that same body. Nothing changes for other events or rows no longer pending.
     */
    void fixWait(long id, int minutes);

    /** The provider accepted it (or had already): done for good; the claim ends. */
    void markSent(long id, String messageId, String channel, Instant at);

    /** A final refusal (a 4xx the contract says not to retry, or the number is gone): never sent again. */
    void markFailed(long id, String reason);

    /** A temporary failure: the claim ends and the row is due again at {@code nextAttemptAt}. */
    void retryLater(long id, String error, Instant nextAttemptAt);

    /** Every message of an order, oldest first. */
    List<OutboxMessage> ofOrder(long orderId);

    /** Rows not yet sent or failed for good. */
    long pendingCount();

    /** The number an order's customer left, masked (010-****-5678) for staff; empty when none or deleted. */
    Optional<String> maskedPhone(long orderId);
}
