package com.brewline.model;

/** Where an order is in its life. Only {@link OrderTransitions} decides which change is allowed. */
public enum OrderStatus {
    PENDING_PAYMENT,
    PAID,
    IN_PREPARATION,
    READY,
    PICKED_UP,
    CANCELLED,
    REJECTED,
    PAYMENT_FAILED;

    /** Open orders still need work or a pickup; a business day cannot close while one exists. */
    public boolean isOpen() {
        return this == PAID || this == IN_PREPARATION || this == READY;
    }

    /** Orders the barista sees as tickets. */
    public boolean isOnBaristaQueue() {
        return this == PAID || this == IN_PREPARATION;
    }

    public boolean isFinal() {
        return this == PICKED_UP || this == CANCELLED || this == REJECTED || this == PAYMENT_FAILED;
    }

    /** Orders whose money was taken and must be given back. */
    public boolean needsRefund() {
        return this == CANCELLED || this == REJECTED;
    }
}
