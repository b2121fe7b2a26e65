package com.brewline.kitchen;

import java.time.Duration;
import java.time.Instant;

/**
 * One process saying it is alive: its kind and name, the station it works at (stations only), when it
 * last beat by its own clock, and what it last saw: a short note (e.g. the newest order it has read) and,
 * for processes that talk to the payment provider, whether the provider answered and when it was asked.
 */
public record Heartbeat(ProcessKind kind, String name, String stationId, Instant lastSeen, String lastSaw,
                        Boolean providerAnswers, Instant providerCheckedAt) {
    public static final int MAX_NAME = 64;
    public static final int MAX_NOTE = 200;

    public Heartbeat {
        if (kind == null || lastSeen == null) {
            throw new IllegalArgumentException("a heartbeat needs its kind and time");
        }
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a heartbeat's name must be 1.." + MAX_NAME + " characters, was " + name);
        }
        if (lastSaw != null && lastSaw.length() > MAX_NOTE) {
            lastSaw = lastSaw.substring(0, MAX_NOTE);
        }
    }

    /**
     * How long ago this process last beat. A beat stamped in the future (another machine's clock ahead of
     * ours) counts as just now: never a negative duration.
     */
    public Duration age(Instant now) {
        Duration age = Duration.between(lastSeen, now);
        return age.isNegative() ? Duration.ZERO : age;
    }

    /** The domain's rule: a process is silent when its last beat is older than {@code silentAfter}. */
    public boolean isSilent(Instant now, Duration silentAfter) {
        return age(now).compareTo(silentAfter) > 0;
    }
}
