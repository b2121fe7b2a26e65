package com.brewline.cli;

import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.store.BrewlineStore;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * One simulated barista: claims the oldest paid order, makes it in its prep time times the scale, bumps
 * it to READY, and the customer picks it up. Wakes on the store's change feed when the queue is empty, and
 * stops once the kiosks are done and nothing paid is left.
 */
final class BaristaWorker implements Runnable {
    /** Longest sleep on an empty queue if a change notification were missed. */
    private static final long IDLE_POLL_MILLIS = 100;

    private final BrewlineStore store;
    private final String name;
    private final double prepScale;
    private final BooleanSupplier kiosksDone;
    private final Semaphore wakeUp;
    /** Order id to the number of times any barista of this run claimed it. */
    private final Map<Long, AtomicInteger> claimsByOrder;

    final AtomicInteger claimed = new AtomicInteger();
    final AtomicInteger ready = new AtomicInteger();
    final AtomicInteger pickedUp = new AtomicInteger();
    volatile Throwable failure;

    BaristaWorker(BrewlineStore store, String name, double prepScale, BooleanSupplier kiosksDone, Semaphore wakeUp,
                  Map<Long, AtomicInteger> claimsByOrder) {
        this.store = store;
        this.name = name;
        this.prepScale = prepScale;
        this.kiosksDone = kiosksDone;
        this.wakeUp = wakeUp;
        this.claimsByOrder = claimsByOrder;
    }

    static Map<Long, AtomicInteger> newClaimCounter() {
        return new ConcurrentHashMap<>();
    }

    String name() {
        return name;
    }

    @Override
    public void run() {
        String actor = "barista:" + name;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                // read "done" before claiming: once the kiosks are done, an empty claim means nothing is left
                boolean noMoreComing = kiosksDone.getAsBoolean();
                Optional<Order> next = store.orders().claimOldestPaid(actor);
                if (next.isEmpty()) {
                    if (noMoreComing) {
                        return;
                    }
                    wakeUp.tryAcquire(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                    continue;
                }
                Order order = next.get();
                claimed.incrementAndGet();
                claimsByOrder.computeIfAbsent(order.id(), id -> new AtomicInteger()).incrementAndGet();
                long prepMillis = Math.round(order.prepTargetSeconds() * 1000.0 * prepScale);
                if (prepMillis > 0) {
                    Thread.sleep(prepMillis);
                }
                store.orders().transition(order.id(), OrderStatus.READY, actor, "made");
                ready.incrementAndGet();
                store.orders().transition(order.id(), OrderStatus.PICKED_UP, "customer", "picked up at the counter");
                pickedUp.incrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
        }
    }
}
