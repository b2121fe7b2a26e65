package com.brewline.payment.client;

/**
 * The provider kept failing in a way worth retrying (PROVIDER_ERROR, 409 IDEMPOTENT_REQUEST_PROCESSING,
 * 5xx, time-out, connection failure) and the attempts ran out. On a call that changes nothing
 * (ready's effect is replayed by its key; lookups) this is safe to treat as "not done".
 */
public final class ProviderTemporaryException extends ProviderException {
    private final String code;

    public ProviderTemporaryException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** The provider's code, or {@code TIMEOUT} / {@code CONNECTION_FAILED} when it never answered. */
    public String code() {
        return code;
    }
}
