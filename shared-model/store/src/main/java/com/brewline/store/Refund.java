package com.brewline.store;

import java.time.Instant;

/** A refund owed for a cancelled or rejected order; retried with its one key until done. */
public record Refund(long id, long orderId, String paymentKey, long amount, String reason, String idempotencyKey,
                     Status status, int attempts, String lastError, Instant createdAt, Instant doneAt) {
    public enum Status { PENDING, DONE }
}
