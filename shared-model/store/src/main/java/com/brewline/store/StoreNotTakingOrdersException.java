package com.brewline.store;

/** The business day is not open (closed or paused): no order is written. */
public class StoreNotTakingOrdersException extends StoreException {
    public StoreNotTakingOrdersException(String message) {
        super(message);
    }
}
