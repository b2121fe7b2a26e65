package com.brewline.store.sqlite;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the test moves by hand, so ageing and durations are exact. */
final class TestClock extends Clock {
    private volatile Instant now;
    private final ZoneId zone;

    TestClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    static TestClock seoulMorning() {
        return new TestClock(Instant.parse("2026-11-23T00:00:00Z"), ZoneId.of("Asia/Seoul"));
    }

    void advance(Duration by) {
        now = now.plus(by);
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
