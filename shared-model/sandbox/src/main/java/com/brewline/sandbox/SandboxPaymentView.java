package com.brewline.sandbox;

/** A snapshot of one sandbox payment, for tests and the demo: what the provider's books say. */
public record SandboxPaymentView(String paymentKey, String orderId, String status, long totalAmount,
                                 long balanceAmount, long cancelledAmount, int cancelCount) {
}
