package com.brewline.sandbox;

import java.time.Duration;

/**
 * The faults both sandboxes inject, as the contracts name them: failures before anything is done, answers dropped
 * after the request took effect, slow answers, an outage. Changeable while a sandbox runs; rates are shares of
 * requests, 0.0 to 1.0.
 *
 * @param <K> the sandbox's own knobs, returned by every setter so calls chain
 */
public abstract class FaultKnobs<K extends FaultKnobs<K>> {
    private volatile double failRate;
    private volatile double dropRate;
    private volatile double slowRate;
    private volatile Duration slowFor;
    private volatile boolean outage;

    protected FaultKnobs(Duration slowFor) {
        this.slowFor = slowFor;
    }

    protected abstract K self();

    /** Checks a slow answer's wait before it is taken (the rate is already set); none by default. */
    protected void checkSlowFor(Duration slowFor) {
    }

    /** Share of API requests answered 500 before anything is done (a retry runs again). */
    public K failRate(double rate) {
        this.failRate = rate(rate, "failRate");
        return self();
    }

    /** Share of API requests that took effect but whose connection is dropped unanswered. */
    public K dropRate(double rate) {
        this.dropRate = rate(rate, "dropRate");
        return self();
    }

    /** Share of API requests answered only after {@code slowFor}. */
    public K slow(double rate, Duration slowFor) {
        this.slowRate = rate(rate, "slowRate");
        checkSlowFor(slowFor);
        this.slowFor = slowFor;
        return self();
    }

    /** Refuse everything: 503 or a closed connection. */
    public K outage(boolean outage) {
        this.outage = outage;
        return self();
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

    /** A share, 0.0 to 1.0 (NaN refused), or a message naming the knob. */
    protected static double rate(double rate, String name) {
        if (!(rate >= 0.0 && rate <= 1.0)) {
            throw new IllegalArgumentException(name + " must be between 0.0 and 1.0, was " + rate);
        }
        return rate;
    }
}
