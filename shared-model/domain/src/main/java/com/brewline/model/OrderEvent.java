package com.brewline.model;

import java.time.Instant;

/**
 * One recorded status change: the history the board, the status look-up and the report read. {@code sequence} is its
 * place in the store's commit order (first-in first-out is judged by it, never by the wall clock's {@code at}).
 */
public record OrderEvent(long orderId, OrderStatus from, OrderStatus to, Instant at, String actor, String reason,
                         long sequence) {
}
