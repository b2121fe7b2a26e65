package com.brewline.payment.provider;

import com.brewline.payment.RefundService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The payment background work of a kiosk: reconciliation at start-up and every minute, due
 * refunds every 30 s. On its own daemon thread, never the FX thread.
 */
public final class PaymentJobs implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PaymentJobs.class);
    private final ScheduledExecutorService scheduler;

    private PaymentJobs(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    public static PaymentJobs start(Reconciler reconciler, RefundService refunds) {
        return start(reconciler, refunds, Duration.ofMinutes(1), Duration.ofSeconds(30));
    }

    public static PaymentJobs start(Reconciler reconciler, RefundService refunds, Duration reconcileEvery,
                                    Duration refundEvery) {
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "payment-jobs");
            t.setDaemon(true);
            return t;
        });
        s.scheduleWithFixedDelay(guard("reconciliation", reconciler::reconcileOnce), 0, reconcileEvery.toMillis(),
                TimeUnit.MILLISECONDS);
        s.scheduleWithFixedDelay(guard("refunds", refunds::processDue), refundEvery.toMillis(), refundEvery.toMillis(),
                TimeUnit.MILLISECONDS);
        return new PaymentJobs(s);
    }

    /** A failing pass must not cancel the schedule. */
    private static Runnable guard(String name, Runnable job) {
        return () -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                log.warn("{} pass failed; next pass as scheduled", name, e);
            }
        };
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
