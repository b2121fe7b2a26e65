package com.brewline.payment.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The provider's Payment object (contract "Payment object"); times are ISO-8601 with offset. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Payment(String paymentKey, String orderId, String orderName, String status, long totalAmount,
                      long balanceAmount, String requestedAt, String approvedAt, String method,
                      List<Cancel> cancels, Failure failure) {
    public Payment {
        cancels = cancels == null ? List.of() : List.copyOf(cancels);
    }

    public PaymentStatus statusValue() {
        return PaymentStatus.parse(status);
    }

    public Instant approvedAtInstant() {
        return approvedAt == null ? null : OffsetDateTime.parse(approvedAt).toInstant();
    }

    public Instant requestedAtInstant() {
        return requestedAt == null ? null : OffsetDateTime.parse(requestedAt).toInstant();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Cancel(long cancelAmount, String cancelReason, String canceledAt, String transactionKey) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Failure(String code, String message) {
    }
}
