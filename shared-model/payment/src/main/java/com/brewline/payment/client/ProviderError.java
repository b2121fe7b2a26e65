package com.brewline.payment.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The provider's error body {@code {code, message}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProviderError(String code, String message) {
}
