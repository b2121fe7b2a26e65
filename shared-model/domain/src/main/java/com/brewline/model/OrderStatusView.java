package com.brewline.model;

import java.time.Instant;

/** The customer's status look-up by pickup number: a read model kept apart from the barista's work. */
public record OrderStatusView(long orderId, int pickupNumber, OrderStatus status, long total, Instant paidAt,
                              Instant updatedAt, int ordersAhead, boolean cancellableByCustomer) {
}
