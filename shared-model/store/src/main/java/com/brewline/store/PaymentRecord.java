package com.brewline.store;

import java.time.Instant;

/**
 * The local record of one order's payment at the provider: the ids and idempotency keys stored with
 * the order before the first call and reused on every retry.
 */
public record PaymentRecord(long orderId, String paymentOrderId, long amount, String readyKey, String confirmKey,
                            String abortKey, String paymentKey, String checkoutUrl, Instant expiresAt,
                            String status, Instant approvedAt) {
}
