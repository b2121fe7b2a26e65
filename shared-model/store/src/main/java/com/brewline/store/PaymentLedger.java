package com.brewline.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Payment sessions and refunds as the kiosk and the reconciler keep them. */
public interface PaymentLedger {
    Optional<PaymentRecord> payment(long orderId);

    /** Stores what the provider's ready answered. */
    void attachSession(long orderId, String paymentKey, String checkoutUrl, Instant expiresAt);

    /** Records the provider's last known status of the payment (READY, IN_PROGRESS, DONE, ABORTED...). */
    void updateProviderStatus(long orderId, String providerStatus);

    /** Refunds not yet done, oldest first. */
    List<Refund> refundsDue();

    /** Refunds that have failed at least {@code minAttempts} times: shown to staff. */
    List<Refund> refundsFailing(int minAttempts);

    void markRefundDone(long refundId, Instant at, String transactionKey);

    void recordRefundFailure(long refundId, String error);
}
