package com.brewline.model;

/** A status change the order's life does not allow; nothing was changed. */
public class IllegalTransitionException extends RuntimeException {
    private final OrderStatus from;
    private final OrderStatus to;

    public IllegalTransitionException(String orderRef, OrderStatus from, OrderStatus to) {
        super("Order " + orderRef + " cannot go from " + from + " to " + to
                + " (allowed from " + from + ": " + OrderTransitions.allowedFrom(from) + ")");
        this.from = from;
        this.to = to;
    }

    public OrderStatus from() {
        return from;
    }

    public OrderStatus to() {
        return to;
    }
}
