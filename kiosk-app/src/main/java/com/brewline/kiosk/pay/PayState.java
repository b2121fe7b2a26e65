package com.brewline.kiosk.pay;

/** Where the payment stands, as the customer sees it. */
public enum PayState {
    /** Nothing started yet. */
    IDLE,
    /** Writing the order and opening the provider session. */
    STARTING,
    /** QR shown; waiting for the customer to approve on their phone. */
    WAITING,
    /** The customer gave up; the session is being aborted. */
    CANCELLING,
    APPROVED,
    DECLINED,
    /** The provider is overloaded or down (circuit open): try again shortly; nothing was sent. */
    BUSY,
    EXPIRED,
    /** The store stopped taking orders. */
    CLOSED,
    /** Every pickup number is held by an open order: told before paying; try again in a moment. */
    FULL,
    /** An item in the cart was sold out, retired or made unavailable meanwhile: nothing charged. */
    SOLD_OUT,
    /** No live station and the kiosk is set to stop then (kiosk.stopWhenNoStation): nothing charged. */
    NO_STATION,
    ERROR;

    public boolean inProgress() {
        return this == STARTING || this == WAITING || this == CANCELLING;
    }

    /** The customer can try again from here. */
    public boolean retryable() {
        return this == DECLINED || this == BUSY || this == FULL || this == EXPIRED || this == ERROR || this == NO_STATION;
    }
}
