package com.brewline.sandbox;

import java.time.Duration;

/**
 * What the sandbox is told to do in this run (contract "Sandbox knobs"); changeable while it runs,
 * from code or through {@code POST /sandbox/knobs}. Rates are shares of requests, 0.0 to 1.0.
 */
public final class SandboxKnobs {
    private volatile Duration approveAfter;
    private volatile double declineRate;
    private volatile double failRate;
    private volatile double dropRate;
    private volatile double slowRate;
    private volatile Duration slowFor = Duration.ofSeconds(4);
    private volatile boolean outage;
    private volatile Duration sessionExpiry = Duration.ofMinutes(10);

    /** Nothing simulated: a person approves on the checkout page, nothing fails. */
    public static SandboxKnobs manual() {
        return new SandboxKnobs();
    }

    /** The demo's mild defaults: the simulated customer approves after 3 s, 1 in 10 declined. */
    public static SandboxKnobs demo() {
        return new SandboxKnobs().approveAfter(Duration.ofSeconds(3)).declineRate(0.1);
    }

    /** The simulated customer authorizes every session after this long; null: only the page does. */
    public SandboxKnobs approveAfter(Duration after) {
        this.approveAfter = after;
        return this;
    }

    /** Share of simulated approvals that end declined (half by the customer, half refused by the card company at confirm). */
    public SandboxKnobs declineRate(double rate) {
        this.declineRate = rate(rate, "declineRate");
        return this;
    }

    /** Share of API requests answered 500 before anything is done. */
    public SandboxKnobs failRate(double rate) {
        this.failRate = rate(rate, "failRate");
        return this;
    }

    /** Share of API requests whose connection is dropped after the request took effect. */
    public SandboxKnobs dropRate(double rate) {
        this.dropRate = rate(rate, "dropRate");
        return this;
    }

    /** Share of API requests answered only after {@code slowFor}. */
    public SandboxKnobs slow(double rate, Duration slowFor) {
        this.slowRate = rate(rate, "slowRate");
        this.slowFor = slowFor;
        return this;
    }

    /** Refuse everything: 503 or a closed connection. */
    public SandboxKnobs outage(boolean outage) {
        this.outage = outage;
        return this;
    }

    public SandboxKnobs sessionExpiry(Duration expiry) {
        this.sessionExpiry = expiry;
        return this;
    }

    public Duration approveAfter() {
        return approveAfter;
    }

    public double declineRate() {
        return declineRate;
    }

    public double failRate() {
        return failRate;
    }

    public double dropRate() {
        return dropRate;
    }

    public double slowRate() {
        return slowRate;
    }

    public Duration slowFor() {
        return slowFor;
    }

    public boolean outage() {
        return outage;
    }

    public Duration sessionExpiry() {
        return sessionExpiry;
    }

    private static double rate(double rate, String name) {
        if (!(rate >= 0.0 && rate <= 1.0)) {
            throw new IllegalArgumentException(name + " must be between 0.0 and 1.0, was " + rate);
        }
        return rate;
    }

    @Override
    public String toString() {
        return "SandboxKnobs[approveAfter=" + approveAfter + ", declineRate=" + declineRate + ", failRate=" + failRate
                + ", dropRate=" + dropRate + ", slowRate=" + slowRate + ", slowFor=" + slowFor + ", outage=" + outage
                + ", sessionExpiry=" + sessionExpiry + "]";
    }
}
