package com.brewline.payment;

import com.brewline.model.Order;

import java.time.Instant;

/** A pending order with an open provider session the customer approves on {@code checkoutUrl} (QR). */
public record CheckoutSession(Order pendingOrder, String paymentKey, String checkoutUrl, Instant expiresAt) {
    public long amount() {
        return pendingOrder.total();
    }
}
