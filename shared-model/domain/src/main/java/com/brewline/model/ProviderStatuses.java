package com.brewline.model;

/**
 * The payment provider's words for a payment's state (payment-provider-api.md) that the stores record
 * themselves: a session just opened, and a payment the provider confirmed. Everything else the
 * provider says is recorded as it said it.
 */
public final class ProviderStatuses {
    /** A session opened by ready, not yet approved. */
    public static final String SESSION_OPENED = "READY";
    /** The provider confirmed the payment (confirm answered DONE). */
    public static final String CONFIRMED = "DONE";

    private ProviderStatuses() {
    }
}
