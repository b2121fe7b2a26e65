package com.brewline.model;

import java.time.Instant;

/** One recorded status change: the history the board, the status look-up and the report read. */
public record OrderEvent(long orderId, OrderStatus from, OrderStatus to, Instant at, String actor, String reason) {
}
