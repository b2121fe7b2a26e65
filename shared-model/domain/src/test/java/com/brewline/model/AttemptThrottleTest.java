package com.brewline.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AttemptThrottleTest {
    private static final Instant T0 = Instant.parse("2026-11-29T09:00:00Z");

    @Test
    void freeTriesThenDoublingWaits() {
        AttemptThrottle t = new AttemptThrottle(3, Duration.ofSeconds(30), Duration.ofMinutes(5));
        t.failed(T0);
        t.failed(T0);
        assertThat(t.allowed(T0)).isTrue();
        t.failed(T0);
        assertThat(t.waitLeft(T0)).isEqualTo(Duration.ofSeconds(30));
        Instant later = T0.plusSeconds(30);
        assertThat(t.allowed(later)).isTrue();
        t.failed(later);
        assertThat(t.waitLeft(later)).isEqualTo(Duration.ofSeconds(60));
        for (int i = 0; i < 40; i++) {
            t.failed(later);
        }
        assertThat(t.waitLeft(later)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void rightAnswerResets() {
        AttemptThrottle t = new AttemptThrottle(1, Duration.ofSeconds(10), Duration.ofSeconds(10));
        t.failed(T0);
        assertThat(t.allowed(T0)).isFalse();
        t.succeeded();
        assertThat(t.allowed(T0)).isTrue();
        assertThat(t.failuresInARow()).isZero();
    }

    @Test
    void clockSetBackNeverLengthensTheWait() {
        AttemptThrottle t = new AttemptThrottle(1, Duration.ofSeconds(10), Duration.ofSeconds(40));
        t.failed(T0);
        assertThat(t.waitLeft(T0.minus(Duration.ofHours(2)))).isEqualTo(Duration.ofSeconds(40));
    }
}
