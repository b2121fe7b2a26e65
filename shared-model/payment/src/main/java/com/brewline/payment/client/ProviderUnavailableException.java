package com.brewline.payment.client;

/** The circuit breaker is open: nothing was sent. The kiosk says "payment is busy, try again shortly". */
public final class ProviderUnavailableException extends ProviderException {
    public ProviderUnavailableException(String message) {
        super(message, null);
    }
}
