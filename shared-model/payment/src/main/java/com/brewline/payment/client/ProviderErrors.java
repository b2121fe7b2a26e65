package com.brewline.payment.client;

import java.util.Set;

/** The contract's error table: which answers are business declines and which are worth a retry. */
public final class ProviderErrors {
    /** Contract "Errors": business declines, never retried, never counted against the circuit. */
    public static final Set<String> DECLINES = Set.of("INVALID_REQUEST", "INVALID_AMOUNT",
            "ALREADY_PROCESSED_PAYMENT", "NOT_AUTHORIZED_YET", "DUPLICATED_ORDER_ID", "REJECT_CARD_COMPANY",
            "NOT_CANCELABLE_AMOUNT", "NOT_CANCELABLE_PAYMENT", "NOT_FOUND_PAYMENT");

    public static final String PROVIDER_ERROR = "PROVIDER_ERROR";
    public static final String IDEMPOTENT_REQUEST_PROCESSING = "IDEMPOTENT_REQUEST_PROCESSING";
    public static final String UNAUTHORIZED_KEY = "UNAUTHORIZED_KEY";
    public static final String NOT_FOUND_PAYMENT = "NOT_FOUND_PAYMENT";
    public static final String TIMEOUT = "TIMEOUT";
    public static final String CONNECTION_FAILED = "CONNECTION_FAILED";

    private ProviderErrors() {
    }

    /**
     * Retry with the same key: PROVIDER_ERROR, 409 IDEMPOTENT_REQUEST_PROCESSING, any 5xx; also 408 and
     * 429, which the contract does not list but a provider or a proxy in front of it answers when
     * overloaded: a retry with the same key is always safe, a decline on an overload is not.
     */
    public static boolean isTemporary(int httpStatus, String code) {
        return httpStatus >= 500 || PROVIDER_ERROR.equals(code) || IDEMPOTENT_REQUEST_PROCESSING.equals(code)
                || httpStatus == 409 || httpStatus == 408 || httpStatus == 429;
    }

    /**
     * Everything else the provider answered with a 4xx is its final word for this request: the
     * listed declines, and also 401 UNAUTHORIZED_KEY (a configuration error a retry cannot fix).
     */
    public static boolean isDecline(int httpStatus, String code) {
        return !isTemporary(httpStatus, code) && httpStatus >= 400;
    }
}
