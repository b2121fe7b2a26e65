package com.brewline.sandbox.notify;

import java.time.Duration;

/**
 * What the notification sandbox is told to do in this run; changeable while it runs, from code or through
 * {@code POST /sandbox/knobs}. Rates are shares of requests (or messages), 0.0 to 1.0.
 */
public final class NotificationKnobs {
    private volatile double failRate;
    private volatile double dropRate;
    private volatile double rateLimitRate;
    private volatile double slowRate;
    private volatile Duration slowFor = Duration.ofSeconds(3);
    private volatile double fallbackRate;
    private volatile double undeliverableRate;
    private volatile boolean outage;

    /** Nothing fails: every valid message is delivered by AlimTalk. */
    public static NotificationKnobs calm() {
        return new NotificationKnobs();
    }

    /** The demo's mild defaults: 1 message in 10 goes by the SMS fallback. */
    public static NotificationKnobs demo() {
        return new NotificationKnobs().fallbackRate(0.1);
    }

    /** Share of API requests answered 500 before anything is done (a retry with the key runs again). */
    public NotificationKnobs failRate(double rate) {
        failRate = rate(rate, "failRate");
        return this;
    }

    /** Share of sends accepted but whose connection is dropped unanswered (the contract's "look it up" case). */
    public NotificationKnobs dropRate(double rate) {
        dropRate = rate(rate, "dropRate");
        return this;
    }

    /** Share of API requests answered 429 RATE_LIMITED with Retry-After: 1. */
    public NotificationKnobs rateLimitRate(double rate) {
        rateLimitRate = rate(rate, "rateLimitRate");
        return this;
    }

    /** Share of API requests answered only after {@code slowFor}. */
    public NotificationKnobs slow(double rate, Duration slowFor) {
        slowRate = rate(rate, "slowRate");
        if (slowFor.isNegative() || slowFor.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("slowFor must be 0..300 s, was " + slowFor);
        }
        this.slowFor = slowFor;
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

    /** Refuse everything: 503 or a closed connection. */
    public NotificationKnobs outage(boolean outage) {
        this.outage = outage;
        return this;
    }

    public double failRate() {
        return failRate;
    }

    public double dropRate() {
        return dropRate;
    }

    public double rateLimitRate() {
        return rateLimitRate;
    }

    public double slowRate() {
        return slowRate;
    }

    public Duration slowFor() {
        return slowFor;
    }

    public double fallbackRate() {
        return fallbackRate;
    }

    public double undeliverableRate() {
        return undeliverableRate;
    }

    public boolean outage() {
        return outage;
    }

    private static double rate(double rate, String name) {
        if (!(rate >= 0.0 && rate <= 1.0)) {
            throw new IllegalArgumentException(name + " must be between 0.0 and 1.0, was " + rate);
        }
        return rate;
    }

    @Override
    public String toString() {
        return "NotificationKnobs[failRate=" + failRate + ", dropRate=" + dropRate + ", rateLimitRate=" + rateLimitRate
                + ", slowRate=" + slowRate + ", slowFor=" + slowFor + ", fallbackRate=" + fallbackRate
                + ", undeliverableRate=" + undeliverableRate + ", outage=" + outage + "]";
    }
}
