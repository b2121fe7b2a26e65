package com.brewline.payment.provider;

import com.brewline.payment.client.BreakerSettings;
import com.brewline.payment.client.PaymentProviderClient;
import com.brewline.payment.client.ProviderSettings;
import com.brewline.store.BrewlineStore;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** A failed attempt that the retry of the same call recovers does not make the provider "not answering". */
class ProviderWatchAttemptsTest {
    @TempDir
    Path dir;

    @Test
    void oneFailedAttemptIsNotSilenceTwoInARowAreAndAnOpenCircuitIsAtOnce() throws Exception {
        try (BrewlineStore store = PaymentFixtures.openStoreWithDayOpen(dir.resolve("w.db"));
             PaymentProviderClient client = new PaymentProviderClient(
                     ProviderSettings.of("http://127.0.0.1:9", PaymentFixtures.SECRET),
                     BreakerSettings.defaults().create("attempts-test"));
             ProviderWatch watch = ProviderWatch.start(store, client, "kiosk-8", Duration.ofHours(1),
                     Duration.ofHours(1), Clock.systemUTC())) {
            CircuitBreaker breaker = client.breaker();
            assertNull(watch.answers(), "nothing asked yet");

            breaker.onSuccess(5, TimeUnit.MILLISECONDS);
            assertTrue(watch.answers());
            breaker.onError(5, TimeUnit.MILLISECONDS, new IOException("unexpected end of stream"));
            assertTrue(watch.answers(), "a stale kept-alive connection fails one attempt: the provider still answers");
            breaker.onSuccess(5, TimeUnit.MILLISECONDS);
            assertTrue(watch.answers());

            breaker.onError(5, TimeUnit.MILLISECONDS, new IOException("connection refused"));
            breaker.onError(5, TimeUnit.MILLISECONDS, new IOException("connection refused"));
            assertFalse(watch.answers(), "two failed attempts in a row: not answering");
            breaker.onSuccess(5, TimeUnit.MILLISECONDS);
            assertTrue(watch.answers());

            breaker.transitionToOpenState();
            assertFalse(breaker.tryAcquirePermission());
            assertFalse(watch.answers(), "a call the open circuit refused: not answering at once");
        }
    }
}
