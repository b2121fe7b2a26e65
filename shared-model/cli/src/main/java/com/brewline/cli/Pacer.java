package com.brewline.cli;

import com.brewline.kitchen.KioskAdvice;
import com.brewline.kitchen.Pacing;
import com.brewline.watch.KioskGate;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A simulated kiosk's pacing: before each order it asks the {@link KioskGate}, as a kiosk screen would, and
 * while the domain says "paused" it takes no order and waits for the wait to fall. Counts what it did.
 */
final class Pacer {
    private static final long POLL_MILLIS = 50;

    private final KioskGate gate;
    final AtomicInteger pauses = new AtomicInteger();
    final AtomicInteger resumes = new AtomicInteger();
    final AtomicInteger waitShown = new AtomicInteger();
    final AtomicLong pausedMillis = new AtomicLong();
    final AtomicLong longestWaitSeconds = new AtomicLong();

    Pacer(KioskGate gate) {
        this.gate = gate;
    }

    /** Blocks while new orders are paused; returns when the kiosk may take the next one. */
    void beforeOrder() throws InterruptedException {
        KioskAdvice advice = gate.check();
        if (advice.reason() == KioskAdvice.Reason.PACING_PAUSED) {
            pauses.incrementAndGet();
            long started = System.currentTimeMillis();
            while (advice.reason() == KioskAdvice.Reason.PACING_PAUSED) {
                Thread.sleep(POLL_MILLIS);
                advice = gate.check();
            }
            resumes.incrementAndGet();
            pausedMillis.addAndGet(System.currentTimeMillis() - started);
        }
        if (advice.pacing() == Pacing.Level.SHOW_WAIT) {
            waitShown.incrementAndGet();
        }
        longestWaitSeconds.accumulateAndGet(advice.estimatedWait().toSeconds(), Math::max);
    }

    void addTo(Pacer total) {
        total.pauses.addAndGet(pauses.get());
        total.resumes.addAndGet(resumes.get());
        total.waitShown.addAndGet(waitShown.get());
        total.pausedMillis.addAndGet(pausedMillis.get());
        total.longestWaitSeconds.accumulateAndGet(longestWaitSeconds.get(), Math::max);
    }
}
