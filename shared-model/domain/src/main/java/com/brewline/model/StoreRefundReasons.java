package com.brewline.model;

/**
 * Why the store itself refunded a payment inside markPaid (ADR 0006 of issue 9: never an open order on a
 * closed day, never a charge left pending): the reason recorded on the order's CANCELLED event and its
 * refund, the same in every store engine.
 */
public final class StoreRefundReasons {
    public static final String LATE_PAYMENT = "refunded: the payment completed after the business day was closed";
    public static final String NO_PICKUP_NUMBER = "refunded: every pickup number was held when the payment completed";

    private StoreRefundReasons() {
    }
}
