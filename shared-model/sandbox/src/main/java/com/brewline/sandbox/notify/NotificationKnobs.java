package com.brewline.sandbox.notify;

import com.brewline.sandbox.FaultKnobs;

import java.time.Duration;

/**
 * What the notification sandbox is told to do in this run; changeable while it runs, from code or through
 * {@code POST /sandbox/knobs}. Rates are shares of requests (or messages), 0.0 to 1.0. The faults (fail, drop, slow,
 * outage) are {@link FaultKnobs}: here a dropped answer is a send accepted but unanswered (the contract's "look it
 * up" case), and a slow answer waits at most 300 s; rate limits and delivery outcomes are the notification's own.
 */
public final class NotificationKnobs extends FaultKnobs<NotificationKnobs> {
    private static final Duration MAX_SLOW = Duration.ofMinutes(5);

    private volatile double rateLimitRate;
    private volatile double fallbackRate;
    private volatile double undeliverableRate;

    public NotificationKnobs() {
        super(Duration.ofSeconds(3));
    }

    /** Nothing fails: every valid message is delivered by AlimTalk. */
    public static NotificationKnobs calm() {
        return new NotificationKnobs();
    }

    /** The demo's mild defaults: 1 message in 10 goes by the SMS fallback. */
    public static NotificationKnobs demo() {
        return new NotificationKnobs().fallbackRate(0.1);
    }

    @Override
    protected NotificationKnobs self() {
        return this;
    }

    @Override
    protected void checkSlowFor(Duration slowFor) {
        if (slowFor.isNegative() || slowFor.compareTo(MAX_SLOW) > 0) {
            throw new IllegalArgumentException("slowFor must be 0..300 s, was " + slowFor);
        }
    }

    /** Share of API requests answered 429 RATE_LIMITED with Retry-After: 1. */
    public NotificationKnobs rateLimitRate(double rate) {
        rateLimitRate = rate(rate, "rateLimitRate");
        return this;
    }

    /** Share of accepted messages that AlimTalk could not deliver, so the SMS fallback went (or FAILED without one). */
    public NotificationKnobs fallbackRate(double rate) {
        fallbackRate = rate(rate, "fallbackRate");
        return this;
    }

    /** Share of accepted messages that end FAILED (the phone is off the network): a rejection after acceptance. */
    public NotificationKnobs undeliverableRate(double rate) {
        undeliverableRate = rate(rate, "undeliverableRate");
        return this;
    }

    public double rateLimitRate() {
        return rateLimitRate;
    }

    public double fallbackRate() {
        return fallbackRate;
    }

    public double undeliverableRate() {
        return undeliverableRate;
    }

    @Override
    public String toString() {
        return "NotificationKnobs[failRate=" + failRate() + ", dropRate=" + dropRate() + ", rateLimitRate="
                + rateLimitRate + ", slowRate=" + slowRate() + ", slowFor=" + slowFor() + ", fallbackRate=" + fallbackRate
                + ", undeliverableRate=" + undeliverableRate + ", outage=" + outage() + "]";
    }
}
