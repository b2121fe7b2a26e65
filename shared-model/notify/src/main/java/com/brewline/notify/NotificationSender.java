package com.brewline.notify;

import com.brewline.store.BrewlineStore;
import com.brewline.store.NotificationOutbox;
import com.brewline.store.OutboxMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The outbox's sender: its own thread, one per process that sends (a kiosk, {@code brewline notify-worker},
 * the simulator). It claims due rows for a lease longer than a send can take, sends each with the row's
 * idempotency key, and records what happened: sent, refused for good, or due again after a backoff
 * (5 s doubling up to 10 min, or the provider's Retry-After). A message still unsent after
 * {@code giveUpAfter} is recorded as failed: a "your order is ready" an hour late helps no one. A provider
 * outage only delays messages; orders never wait for this thread.
 */
public final class NotificationSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);
    private static final int BATCH = 20;

    /** How the sender paces itself; every figure bounded. */
    public record Pacing(Duration poll, Duration firstBackoff, Duration maxBackoff, Duration giveUpAfter) {
        public Pacing {
            if (poll.compareTo(Duration.ofMillis(10)) < 0 || poll.compareTo(Duration.ofMinutes(1)) > 0
                    || firstBackoff.isNegative() || firstBackoff.compareTo(maxBackoff) > 0
                    || maxBackoff.compareTo(Duration.ofHours(1)) > 0
                    || giveUpAfter.compareTo(Duration.ofMinutes(1)) < 0 || giveUpAfter.compareTo(Duration.ofDays(1)) > 0) {
                throw new IllegalArgumentException("notify pacing out of bounds: " + this);
            }
        }

        /** Polls every 2 s (and at once on a commit), backs off 5 s to 10 min, gives up after 2 h. */
        public static Pacing defaults() {
            return new Pacing(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMinutes(10), Duration.ofHours(2));
        }
    }

    private final BrewlineStore store;
    private final NotificationClient client;
    private final MessageTexts texts;
    private final Clock clock;
    private final String name;
    private final Pacing pacing;
    private final Duration lease;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private AutoCloseable subscription;
    /** The wait a PAID message tells, as the kiosk counts it (its done screen's figure); null: the payment's. */
    private volatile java.util.function.ToIntFunction<OutboxMessage> paidWait;

    public NotificationSender(BrewlineStore store, NotificationClient client, MessageTexts texts, Clock clock, String name,
                              Pacing pacing) {
        this.store = store;
        this.client = client;
        this.texts = texts;
        this.clock = clock;
        this.name = name;
        this.pacing = pacing;
        this.lease = client.settings().longestSend().plusSeconds(5);
    }

    /**
     * Tells PAID messages the wait {@code wait} gives (minutes, 1 to 999) instead of the one written with the
     * payment: asked at the message's first attempt and frozen in the outbox before it is sent, so every attempt
     * sends one body. Call before {@link #start}. A failing answer keeps the payment's figure.
     */
    public NotificationSender tellingPaidWait(java.util.function.ToIntFunction<OutboxMessage> wait) {
        this.paidWait = wait;
        return this;
    }

    /** Starts the sender's thread; it wakes on every commit the store's change feed reports, and polls. */
    public synchronized NotificationSender start() {
        if (thread != null) {
            return this;
        }
        running = true;
        subscription = store.changes().subscribe(wake::release);
        thread = new Thread(this::loop, "notify-sender-" + name);
        thread.setDaemon(true);
        thread.start();
        log.info("notification sender {} started ({}, lease {} s)", name, client.settings(), lease.toSeconds());
        return this;
    }

    private void loop() {
        while (running) {
            try {
                int worked = runOnce();
                if (worked == 0) {
                    wake.tryAcquire(pacing.poll().toMillis(), TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the store may be busy or briefly unreachable: the rows stay, the next round tries again
                log.warn("notification sender {}: {}", name, e.toString());
                try {
                    Thread.sleep(pacing.poll().toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Claims and sends one batch of due messages on the calling thread. @return how many were worked on */
    public int runOnce() {
        NotificationOutbox outbox = store.notifications();
        List<OutboxMessage> due = outbox.claimDue(name, BATCH, lease);
        for (OutboxMessage m : due) {
            if (!running && thread != null) {
                // closing: hand the claim back at once, so the next sender need not wait for the lease
                outbox.retryLater(m.id(), m.lastError(), clock.instant());
                continue;
            }
            process(outbox, m);
        }
        return due.size();
    }

    private void process(NotificationOutbox outbox, OutboxMessage m) {
        Instant now = clock.instant();
        if (m.recipient() == null) {
            outbox.markFailed(m.id(), "the phone number was deleted at the day's close before the message went");
            return;
        }
        if (m.createdAt() != null && Duration.between(m.createdAt(), now).compareTo(pacing.giveUpAfter()) > 0) {
            outbox.markFailed(m.id(), "not sent within " + pacing.giveUpAfter().toMinutes() + " min (last: " + m.lastError() + ")");
            log.warn("message {} of order {} given up after {} attempt(s): {}", m.clientReference(), m.orderId(),
                    m.attempts(), m.lastError());
            return;
        }
        m = fixPaidWait(outbox, m);
        MessageRequest request = texts.of(m);
        SendResult result = client.send(request, m.idempotencyKey());
        if (result instanceof SendResult.Accepted a) {
            outbox.markSent(m.id(), a.messageId(), a.channel(), clock.instant());
            log.debug("sent {}", request);
        } else if (result instanceof SendResult.Refused r) {
            outbox.markFailed(m.id(), r.why());
            log.warn("message {} refused for good: {}", request, r.why());
        } else if (result instanceof SendResult.Temporary t) {
            Duration wait = backoff(m.attempts(), t.retryAfter());
            outbox.retryLater(m.id(), t.why(), clock.instant().plus(wait));
            log.info("message {} not sent ({}), next try in {} s", request, t.why(), wait.toSeconds());
        }
    }

    /** At a PAID message's first attempt (nothing sent yet): the kiosk's wait, frozen before sending. */
    private OutboxMessage fixPaidWait(NotificationOutbox outbox, OutboxMessage m) {
        java.util.function.ToIntFunction<OutboxMessage> wait = paidWait;
        if (wait == null || m.event() != com.brewline.model.NotificationEvent.PAID || m.attempts() != 1) {
            return m;
        }
        try {
            int minutes = OutboxMessage.checkWait(wait.applyAsInt(m));
            outbox.fixWait(m.id(), minutes);
            return m.withWaitMinutes(minutes);
        } catch (RuntimeException e) {
            log.warn("message {}: the kiosk's wait could not be counted, the payment's is told ({})", m.clientReference(),
                    e.toString());
            return m;
        }
    }

    Duration backoff(int attempts, Duration retryAfter) {
        long first = pacing.firstBackoff().toMillis();
        long exp = first << Math.min(Math.max(0, attempts - 1), 16);
        long wait = Math.min(pacing.maxBackoff().toMillis(), exp);
        wait += ThreadLocalRandom.current().nextLong(first / 4 + 1);
        if (retryAfter != null) {
            wait = Math.max(wait, Math.min(retryAfter.toMillis(), pacing.maxBackoff().toMillis()));
        }
        return Duration.ofMillis(wait);
    }

    /** Stops the thread; a message being sent finishes first (bounded by the client's call time-out). */
    @Override
    public synchronized void close() {
        running = false;
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception ignored) {
                // the feed is closing with the store
            }
        }
        if (thread != null) {
            wake.release();
            try {
                thread.join(client.settings().longestSend().toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }
}
