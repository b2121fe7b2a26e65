package com.brewline.payment.client;

/** The provider's payment statuses; {@link #UNRECOGNISED} for anything newer than this client. */
public enum PaymentStatus {
    READY, IN_PROGRESS, DONE, CANCELED, PARTIAL_CANCELED, ABORTED, EXPIRED, UNRECOGNISED;

    public static PaymentStatus parse(String text) {
        try {
            return text == null ? UNRECOGNISED : valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNRECOGNISED;
        }
    }
}
