package com.brewline.cli;

import com.brewline.model.OrderStatus;
import com.brewline.store.BrewlineStore;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * A simulated barista's shift, the same for the one queue ({@link BaristaWorker}) and for a station
 * ({@link StationWorker}): claim the next work, make it in its prep time times the scale, finish it. Wakes on the
 * store's change feed when there is nothing to claim, and stops once the kiosks are done and nothing is left.
 *
 * @param <W> what one claim hands over (an order, an order's part at a station)
 */
abstract class SimulatedBarista<W> implements Runnable {
    /** Longest sleep on an empty queue if a change notification were missed. */
    private static final long IDLE_POLL_MILLIS = 100;

    protected final BrewlineStore store;
    private final String name;
    private final double prepScale;
    private final BooleanSupplier kiosksDone;
    private final Semaphore wakeUp;

    final AtomicInteger claimed = new AtomicInteger();
    final AtomicInteger ready = new AtomicInteger();
    final AtomicInteger pickedUp = new AtomicInteger();
    volatile Throwable failure;

    SimulatedBarista(BrewlineStore store, String name, double prepScale, BooleanSupplier kiosksDone, Semaphore wakeUp) {
        this.store = store;
        this.name = name;
        this.prepScale = prepScale;
        this.kiosksDone = kiosksDone;
        this.wakeUp = wakeUp;
    }

    final String name() {
        return name;
    }

    @Override
    public final void run() {
        try {
            work("barista:" + name);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    /** The shift; a barista that holds something while working (a heartbeat) wraps {@link #shift} in it. */
    protected void work(String actor) throws InterruptedException {
        shift(actor);
    }

    protected final void shift(String actor) throws InterruptedException {
        while (!Thread.currentThread().isInterrupted()) {
            // read "done" before claiming: once the kiosks are done, an empty claim means nothing is left
            boolean noMoreComing = kiosksDone.getAsBoolean();
            Optional<W> next = claim(actor);
            if (next.isEmpty()) {
                if (noMoreComing) {
                    return;
                }
                wakeUp.tryAcquire(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                continue;
            }
            W work = next.get();
            claimed.incrementAndGet();
            countClaim(work);
            long prepMillis = Math.round(prepSeconds(work) * 1000.0 * prepScale);
            if (prepMillis > 0) {
                Thread.sleep(prepMillis);
            }
            finish(work, actor);
        }
    }

    /** The next work this barista may take, claimed for {@code actor}; empty when there is none now. */
    protected abstract Optional<W> claim(String actor);

    /** Counts the claim for the run's checks (each work claimed exactly once). */
    protected abstract void countClaim(W work);

    /** How long the work takes at full scale. */
    protected abstract double prepSeconds(W work);

    /** Bumps the work done; an order that becomes READY is {@linkplain #handOver handed over}. */
    protected abstract void finish(W work, String actor);

    /** The order was READY ({@link #ready} counted): the customer picks it up at the counter. */
    protected final void handOver(long orderId) {
        ready.incrementAndGet();
        store.orders().transition(orderId, OrderStatus.PICKED_UP, "customer", "picked up at the counter");
        pickedUp.incrementAndGet();
    }
}
