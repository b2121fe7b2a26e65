package com.brewline.watch;

import com.brewline.kitchen.Heartbeat;
import com.brewline.kitchen.ProcessKind;
import com.brewline.store.BrewlineStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Writes this process's heartbeat at once and then every {@code every} (config {@code heartbeat.everySeconds},
 * 10 s by default) on a daemon thread of its own, never the FX thread. A failed beat is logged and the next
 * one tried as scheduled: a process that cannot write its beat is, rightly, seen as silent by the others.
 */
public final class HeartbeatWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HeartbeatWriter.class);

    /** What the process last saw, asked at each beat. */
    public interface Observation {
        /** A short note of what the process last saw (e.g. "12 tickets, newest #34"); null for none. */
        default String lastSaw() {
            return null;
        }

        /** Whether the payment provider answered its last call (null: this process does not talk to it). */
        default Boolean providerAnswers() {
            return null;
        }

        /** When the provider was last asked (null: never, or not this process's business). */
        default Instant providerCheckedAt() {
            return null;
        }
    }

    private final BrewlineStore store;
    private final ProcessKind kind;
    private final String name;
    private final String stationId;
    private final Clock clock;
    private final Supplier<Observation> observation;
    private final ScheduledExecutorService scheduler;
    private volatile boolean failing;

    private HeartbeatWriter(BrewlineStore store, ProcessKind kind, String name, String stationId, Clock clock,
                            Supplier<Observation> observation) {
        this.store = Objects.requireNonNull(store, "store");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = Objects.requireNonNull(name, "name");
        this.stationId = stationId;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.observation = Objects.requireNonNull(observation, "observation");
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heartbeat-" + kind.name().toLowerCase() + "-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts beating.
     *
     * @param stationId the station a STATION process works at (the routing's id), null for other kinds
     */
    public static HeartbeatWriter start(BrewlineStore store, ProcessKind kind, String name, String stationId,
                                        Duration every, Clock clock, Supplier<Observation> observation) {
        HeartbeatWriter writer = new HeartbeatWriter(store, kind, name, stationId, clock, observation);
        writer.scheduler.scheduleWithFixedDelay(writer::beatQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return writer;
    }

    /** One beat now, on the caller's thread (the scheduler calls it; tests and shutdown hooks may too). */
    public void beat() {
        Observation seen = observation.get();
        store.heartbeats().beat(new Heartbeat(kind, name, stationId, clock.instant(),
                seen == null ? null : seen.lastSaw(), seen == null ? null : seen.providerAnswers(),
                seen == null ? null : seen.providerCheckedAt()));
    }

    private void beatQuietly() {
        try {
            beat();
            if (failing) {
                LOG.info("heartbeat of {} {} written again", kind, name);
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("heartbeat of {} {} could not be written; the others will see it silent", kind, name, e);
                failing = true;
            }
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
