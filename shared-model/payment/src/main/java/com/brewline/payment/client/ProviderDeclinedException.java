package com.brewline.payment.client;

/**
 * A business answer of the provider (contract "Errors": declines): never retried, never counted
 * against the circuit. {@code code} is the provider's; the kiosk turns it into a customer message
 * from its resource bundle.
 */
public final class ProviderDeclinedException extends ProviderException {
    private final int httpStatus;
    private final String code;
    private final String providerMessage;

    public ProviderDeclinedException(int httpStatus, String code, String providerMessage) {
        super(httpStatus + " " + code + ": " + providerMessage, null);
        this.httpStatus = httpStatus;
        this.code = code;
        this.providerMessage = providerMessage;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String code() {
        return code;
    }

    public String providerMessage() {
        return providerMessage;
    }
}
