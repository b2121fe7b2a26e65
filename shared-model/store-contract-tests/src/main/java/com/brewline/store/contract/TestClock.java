package com.brewline.store.contract;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the test moves by hand, so ageing and durations are exact. */
public final class TestClock extends Clock {
    private volatile Instant now;
    private final ZoneId zone;

    public TestClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public static TestClock seoulMorning() {
        return new TestClock(Instant.parse("2026-11-23T00:00:00Z"), ZoneId.of("Asia/Seoul"));
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    /** Sets the clock back (or forward): a store must not order its queue by this clock. */
    public void set(Instant to) {
        now = to;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new TestClock(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
