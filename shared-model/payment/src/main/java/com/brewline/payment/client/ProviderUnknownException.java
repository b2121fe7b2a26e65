package com.brewline.payment.client;

/**
 * A confirm or cancel whose effect is unknown (time-outs or 5xx after every attempt): it may have
 * happened at the provider. Never treat as failure: look the payment up by order id and act on that.
 */
public final class ProviderUnknownException extends ProviderException {
    private final String operation;

    public ProviderUnknownException(String operation, String message, Throwable cause) {
        super(operation + " outcome unknown: " + message, cause);
        this.operation = operation;
    }

    public String operation() {
        return operation;
    }
}
