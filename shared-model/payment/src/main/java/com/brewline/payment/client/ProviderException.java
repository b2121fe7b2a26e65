package com.brewline.payment.client;

/**
 * Why a provider call did not give an answer to act on. The subclasses are the outcomes the
 * kiosk and the background jobs act on: declined, temporary, unknown, unavailable (circuit open).
 */
public abstract sealed class ProviderException extends RuntimeException
        permits ProviderDeclinedException, ProviderTemporaryException, ProviderUnknownException,
        ProviderUnavailableException {
    protected ProviderException(String message, Throwable cause) {
        super(message, cause);
    }
}
