package com.brewline.payment.client;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A provider's times: the contract's form, and the forms a less careful provider writes. */
class PaymentTimesTest {
    @Test
    void theContractsIsoTimeWithOffset() {
        assertThat(Payment.instant("2026-11-23T18:00:05+09:00")).isEqualTo(Instant.parse("2026-11-23T09:00:05Z"));
    }

    @Test
    void aBareUtcInstantAndATimeWithoutOffsetStillRead() {
        assertThat(Payment.instant("2026-11-23T09:00:05Z")).isEqualTo(Instant.parse("2026-11-23T09:00:05Z"));
        assertThat(Payment.instant("2026-11-23T09:00:05.123")).isEqualTo(Instant.parse("2026-11-23T09:00:05.123Z"));
    }

    @Test
    void anUnreadableTimeIsUnknownNotAnError() {
        assertThat(Payment.instant("yesterday at noon")).isNull();
        assertThat(Payment.instant("")).isNull();
        assertThat(Payment.instant(null)).isNull();
    }
}
