package com.brewline.payment.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.time.OffsetDateTime;

/** What {@code POST /v1/payments/ready} answers: the session the customer approves at {@code checkoutUrl}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReadySession(String paymentKey, String orderId, String status, String checkoutUrl, String expiresAt) {
    public Instant expiresAtInstant() {
        return OffsetDateTime.parse(expiresAt).toInstant();
    }
}
