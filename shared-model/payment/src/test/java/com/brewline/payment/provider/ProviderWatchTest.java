package com.brewline.payment.provider;

import com.brewline.kitchen.Heartbeat;
import com.brewline.kitchen.ProcessKind;
import com.brewline.payment.client.BreakerSettings;
import com.brewline.payment.client.PaymentProviderClient;
import com.brewline.payment.client.ProviderSettings;
import com.brewline.sandbox.SandboxKnobs;
import com.brewline.sandbox.SandboxProvider;
import com.brewline.store.BrewlineStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.*;

/** The payment jobs' heartbeat says whether the provider answers, and learns it when the provider goes away. */
class ProviderWatchTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theHeartbeatSaysTheProviderAnswersThenThatItDoesNot() throws Exception {
        SandboxProvider sandbox = new SandboxProvider(PaymentFixtures.SECRET, SandboxKnobs.manual());
        sandbox.start(0);
        try (BrewlineStore store = PaymentFixtures.openStoreWithDayOpen(dir.resolve("w.db"));
             PaymentProviderClient client = new PaymentProviderClient(ProviderSettings.of(sandbox.baseUrl(),
                     PaymentFixtures.SECRET).withTimeouts(Duration.ofMillis(300), Duration.ofMillis(500),
                     Duration.ofSeconds(1)).withRetries(1, Duration.ofMillis(5)),
                     BreakerSettings.defaults().create("watch-test"));
             ProviderWatch watch = ProviderWatch.start(store, client, "kiosk-7", Duration.ofMillis(200),
                     Duration.ofMillis(100), Clock.systemUTC())) {
            Heartbeat up = await(store, b -> Boolean.TRUE.equals(b.providerAnswers()));
            assertEquals(ProcessKind.PAYMENT_JOBS, up.kind());
            assertNotNull(up.providerCheckedAt());
            assertTrue(up.lastSaw().startsWith("circuit "), up.lastSaw());

            sandbox.stop();
            Heartbeat down = await(store, b -> Boolean.FALSE.equals(b.providerAnswers()));
            assertFalse(watch.answers());
            assertFalse(down.providerCheckedAt().isBefore(up.providerCheckedAt()));
        } finally {
            sandbox.stop();
        }
    }

    private static Heartbeat await(BrewlineStore store, Predicate<Heartbeat> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Optional<Heartbeat> beat = store.heartbeats().all().stream()
                    .filter(b -> b.kind() == ProcessKind.PAYMENT_JOBS && b.name().equals("kiosk-7")).findFirst();
            if (beat.isPresent() && condition.test(beat.get())) {
                return beat.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the heartbeat never showed it: " + store.heartbeats().all());
    }
}
