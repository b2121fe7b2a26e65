package com.brewline.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The one clock tests move by hand (forwards, and backwards to play a wall clock set back), so
 * ageing and durations are exact. Thread-safe: screens read it from their own threads.
 */
public final class TestClock extends Clock {
    private volatile Instant now;
    private final ZoneId zone;

    public TestClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    public TestClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /** 09:00 in Seoul on a Monday: a store's morning in its own time zone. */
    public static TestClock seoulMorning() {
        return new TestClock(Instant.parse("2026-11-23T00:00:00Z"), ZoneId.of("Asia/Seoul"));
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A view of this clock in another zone: it keeps following this clock as the test moves it. */
    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : new Zoned(this, other);
    }

    @Override
    public Instant instant() {
        return now;
    }

    private static final class Zoned extends Clock {
        private final TestClock source;
        private final ZoneId zone;

        Zoned(TestClock source, ZoneId zone) {
            this.source = source;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return source.withZone(other);
        }

        @Override
        public Instant instant() {
            return source.instant();
        }
    }
}
