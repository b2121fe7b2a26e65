package com.brewline.payment;

/** The provider is overloaded or down (circuit open, or retries exhausted): nothing more is sent now. */
public class PaymentBusyException extends RuntimeException {
    public PaymentBusyException(String message) {
        super(message);
    }

    public PaymentBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
