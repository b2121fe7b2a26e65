package com.brewline.model;

import java.util.Optional;

/**
 * The status changes a customer who left a phone number is told about, each at most once per order,
 * with the provider template it is sent with. A recalled ticket that turns ready again is not
 * announced twice.
 */
public enum NotificationEvent {
    PAID("ORDER_PAID"),
    READY("ORDER_READY"),
    CANCELLED("ORDER_CANCELLED"),
    REJECTED("ORDER_REJECTED");

    private final String templateCode;

    NotificationEvent(String templateCode) {
        this.templateCode = templateCode;
    }

    public String templateCode() {
        return templateCode;
    }

    /** The message a move to {@code to} causes, if any. */
    public static Optional<NotificationEvent> on(OrderStatus to) {
        return switch (to) {
            case PAID -> Optional.of(PAID);
            case READY -> Optional.of(READY);
            case CANCELLED -> Optional.of(CANCELLED);
            case REJECTED -> Optional.of(REJECTED);
            default -> Optional.empty();
        };
    }

    /** Whether the message tells of a refund (its amount is part of it). */
    public boolean tellsRefund() {
        return this == CANCELLED || this == REJECTED;
    }
}
