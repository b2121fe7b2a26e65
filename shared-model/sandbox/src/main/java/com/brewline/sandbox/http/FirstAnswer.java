package com.brewline.sandbox.http;

/**
 * The first answer to an Idempotency-Key, kept to be replayed byte for byte; {@code status == 0} while it is still
 * being worked out. The fingerprint of the body it was for, where the contract refuses a key reused with another body.
 */
public final class FirstAnswer {
    private final String fingerprint;
    private volatile int status;
    private volatile byte[] body;

    public FirstAnswer(String fingerprint) {
        this.fingerprint = fingerprint;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public boolean inFlight() {
        return status == 0;
    }

    public int status() {
        return status;
    }

    public byte[] body() {
        return body;
    }

    /** The body first, then the status that makes it visible to a repeated request. */
    public void settle(int status, byte[] body) {
        this.body = body;
        this.status = status;
    }
}
