package com.brewline.store;

/** A store failure with a message fit to show a person: what went wrong and with which file. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
