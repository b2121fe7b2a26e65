package com.brewline.cli;

import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.store.BrewlineStore;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * One simulated barista: claims the oldest paid order, makes it in its prep time times the scale, bumps
 * it to READY, and the customer picks it up. Wakes on the store's change feed when the queue is empty, and
 * stops once the kiosks are done and nothing paid is left.
 */
final class BaristaWorker extends SimulatedBarista<Order> {
    /** Order id to the number of times any barista of this run claimed it. */
    private final Map<Long, AtomicInteger> claimsByOrder;

    BaristaWorker(BrewlineStore store, String name, double prepScale, BooleanSupplier kiosksDone, Semaphore wakeUp,
                  Map<Long, AtomicInteger> claimsByOrder) {
        super(store, name, prepScale, kiosksDone, wakeUp);
        this.claimsByOrder = claimsByOrder;
    }

    static Map<Long, AtomicInteger> newClaimCounter() {
        return new ConcurrentHashMap<>();
    }

    @Override
    protected Optional<Order> claim(String actor) {
        return store.orders().claimOldestPaid(actor);
    }

    @Override
    protected void countClaim(Order order) {
        claimsByOrder.computeIfAbsent(order.id(), id -> new AtomicInteger()).incrementAndGet();
    }

    @Override
    protected double prepSeconds(Order order) {
        return order.prepTargetSeconds();
    }

    @Override
    protected void finish(Order order, String actor) {
        store.orders().transition(order.id(), OrderStatus.READY, actor, "made");
        handOver(order.id());
    }
}
