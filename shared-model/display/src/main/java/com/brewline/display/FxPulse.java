package com.brewline.display;

import javafx.application.Platform;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Whether this process's screen still answers: a no-op posted to the FX thread must run within a time limit.
 * A screen's heartbeat asks this first, so a frozen window (or one not shown yet) never beats as alive while a
 * background thread happily goes on: we never claim more than we know.
 */
public final class FxPulse {
    private FxPulse() {
    }

    /**
     * @return how long the FX thread took to answer
     * @throws IllegalStateException when it did not answer within {@code limit}, or JavaFX is not running
     */
    public static Duration check(Duration limit) {
        long started = System.nanoTime();
        CountDownLatch answered = new CountDownLatch(1);
        Platform.runLater(answered::countDown); // throws IllegalStateException before the toolkit started
        try {
            if (!answered.await(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the screen did not answer within " + limit.toMillis() + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the screen", e);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
