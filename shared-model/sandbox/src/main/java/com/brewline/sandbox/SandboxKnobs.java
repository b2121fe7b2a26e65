package com.brewline.sandbox;

import java.time.Duration;

/**
 * What the sandbox is told to do in this run (contract "Sandbox knobs"); changeable while it runs,
 * from code or through {@code POST /sandbox/knobs}. Rates are shares of requests, 0.0 to 1.0. The faults
 * (fail, drop, slow, outage) are {@link FaultKnobs}; the simulated customer and the session are the payment's own.
 */
public final class SandboxKnobs extends FaultKnobs<SandboxKnobs> {
    private volatile Duration approveAfter;
    private volatile double declineRate;
    private volatile Duration sessionExpiry = Duration.ofMinutes(10);

    public SandboxKnobs() {
        super(Duration.ofSeconds(4));
    }

    /** Nothing simulated: a person approves on the checkout page, nothing fails. */
    public static SandboxKnobs manual() {
        return new SandboxKnobs();
    }

    /** The demo's mild defaults: the simulated customer approves after 3 s, 1 in 10 declined. */
    public static SandboxKnobs demo() {
        return new SandboxKnobs().approveAfter(Duration.ofSeconds(3)).declineRate(0.1);
    }

    @Override
    protected SandboxKnobs self() {
        return this;
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

    public Duration sessionExpiry() {
        return sessionExpiry;
    }

    @Override
    public String toString() {
        return "SandboxKnobs[approveAfter=" + approveAfter + ", declineRate=" + declineRate + ", failRate=" + failRate()
                + ", dropRate=" + dropRate() + ", slowRate=" + slowRate() + ", slowFor=" + slowFor() + ", outage="
                + outage() + ", sessionExpiry=" + sessionExpiry + "]";
    }
}
