package com.brewline.kiosk.pay;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The seconds left until the provider session expires, rounded up, never negative (the shell's timer ticks it). */
final class PayCountdown {
    private final Clock clock;
    private final IntegerProperty secondsLeft = new SimpleIntegerProperty();
    private Instant expiresAt;

    PayCountdown(Clock clock) {
        this.clock = clock;
    }

    ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft;
    }

    void runUntil(Instant expiry) {
        expiresAt = expiry;
        tick();
    }

    void stop() {
        expiresAt = null;
    }

    void tick() {
        if (expiresAt != null) {
            long ms = Duration.between(clock.instant(), expiresAt).toMillis();
            secondsLeft.set((int) Math.max(0, (ms + 999) / 1000));
        }
    }
}
