package com.brewline.payment.provider;

import com.brewline.kitchen.ProcessKind;
import com.brewline.payment.client.PaymentProviderClient;
import com.brewline.store.BrewlineStore;
import com.brewline.watch.HeartbeatWriter;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The payment jobs' heartbeat, with whether the provider answers: every call through the client's breaker
 * tells us (a decline is an answer; a time-out, a 5xx or a refused call while the circuit is open is not).
 * One failed attempt that the client's retry of the same call recovers is not "not answering" (a kept-alive
 * connection the provider had closed fails once, then a fresh one answers): a failure counts from the second
 * in a row, or at once when a whole call failed (the probe, after its retries) or the circuit refused it.
 * When nothing was asked for {@code probeWhenIdleFor} a look-up of an order id that does not exist asks the
 * provider (a "not found" is an answer), on a thread of its own so a slow provider never delays the beat.
 */
public final class ProviderWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProviderWatch.class);
    /** No Brewline order ever has this id (ours start with BL and a date). */
    static final String PROBE_ORDER_ID = "PROBE-brewline-heartbeat";

    private final PaymentProviderClient client;
    private final Clock clock;
    private final Duration probeWhenIdleFor;
    private final ScheduledExecutorService prober;
    private volatile Boolean answers;
    private volatile Instant checkedAt;
    /** The last call or probe, or the start: the first probe waits a whole idle period, so a kiosk that has just
     * started sends nothing to the provider before its first customer or the first minute is over. */
    private volatile Instant lastAsked;
    private HeartbeatWriter heartbeat;
    private int failedAttemptsInARow;

    private ProviderWatch(PaymentProviderClient client, Clock clock, Duration probeWhenIdleFor) {
        this.client = client;
        this.clock = clock;
        this.probeWhenIdleFor = probeWhenIdleFor;
        this.lastAsked = clock.instant();
        CircuitBreaker.EventPublisher events = client.breaker().getEventPublisher();
        events.onSuccess(e -> heard(true));
        events.onIgnoredError(e -> heard(true));
        events.onError(e -> attemptFailed());
        events.onCallNotPermitted(e -> heard(false));
        this.prober = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "provider-probe");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts watching and beating as {@code name} (the kiosk's id) every {@code every}.
     */
    public static ProviderWatch start(BrewlineStore store, PaymentProviderClient client, String name, Duration every,
                                      Duration probeWhenIdleFor, Clock clock) {
        ProviderWatch watch = new ProviderWatch(client, clock, probeWhenIdleFor);
        long checkEvery = Math.max(50, Math.min(every.toMillis(), probeWhenIdleFor.toMillis()));
        watch.prober.scheduleWithFixedDelay(watch::probeIfIdle, checkEvery, checkEvery, TimeUnit.MILLISECONDS);
        watch.heartbeat = HeartbeatWriter.start(store, ProcessKind.PAYMENT_JOBS, name, null, every, clock,
                () -> new HeartbeatWriter.Observation() {
                    @Override
                    public String lastSaw() {
                        return "circuit " + client.breaker().getState();
                    }

                    @Override
                    public Boolean providerAnswers() {
                        return watch.answers;
                    }

                    @Override
                    public Instant providerCheckedAt() {
                        return watch.checkedAt;
                    }
                });
        return watch;
    }

    private synchronized void attemptFailed() {
        failedAttemptsInARow++;
        if (failedAttemptsInARow >= 2) {
            heard(false);
        } else {
            lastAsked = clock.instant();
        }
    }

    private synchronized void heard(boolean answered) {
        if (answered) {
            failedAttemptsInARow = 0;
        }
        answers = answered;
        checkedAt = clock.instant();
        lastAsked = checkedAt;
    }

    /** Whether the provider answered the last call (null: not asked yet), and when. */
    public Boolean answers() {
        return answers;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    void probeIfIdle() {
        if (Duration.between(lastAsked, clock.instant()).compareTo(probeWhenIdleFor) < 0) {
            return;
        }
        lastAsked = clock.instant();
        try {
            client.lookupByOrderId(PROBE_ORDER_ID);
        } catch (RuntimeException e) {
            LOG.debug("provider probe: no answer ({})", e.getMessage());
            heard(false); // the breaker may not have seen it (e.g. a refused call), say it here too
        }
    }

    @Override
    public void close() {
        if (heartbeat != null) {
            heartbeat.close();
        }
        prober.shutdownNow();
    }
}
