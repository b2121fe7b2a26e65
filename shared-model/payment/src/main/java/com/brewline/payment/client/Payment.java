package com.brewline.payment.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
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

    /** When the provider approved it, or null when it did not say in a form we can read. */
    public Instant approvedAtInstant() {
        return instant(approvedAt);
    }

    public Instant requestedAtInstant() {
        return instant(requestedAt);
    }

    /**
     * The contract promises ISO-8601 with an offset; a provider that writes a bare UTC instant or
     * leaves the offset out must not stop a paid order from being recorded, so those read too and
     * anything else reads as unknown (the caller then uses its own clock).
     */
    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException notAnInstant) {
                try {
                    return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException unreadable) {
                    return null;
                }
            }
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Cancel(long cancelAmount, String cancelReason, String canceledAt, String transactionKey) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Failure(String code, String message) {
    }
}
