package com.brewline.cli;

import com.brewline.model.NewOrder;
import com.brewline.model.Order;
import com.brewline.store.BrewlineStore;

import java.time.Instant;
import java.util.UUID;

/** Pays without any provider: the pending order is marked paid at once with a "SIM-" payment key. */
final class SimulatedPayer implements KioskPayer {
    static final String METHOD = "SIMULATED";

    private final BrewlineStore store;
    private final String actor;
    private long paidCommitNanos;

    SimulatedPayer(BrewlineStore store, String kioskId) {
        this.store = store;
        this.actor = "kiosk:" + kioskId;
    }

    @Override
    public Order placeAndPay(NewOrder order) {
        Order pending = store.orders().createPending(order);
        String paymentKey = "SIM-" + UUID.randomUUID();
        long start = System.nanoTime();
        Order paid = store.orders().markPaid(pending.id(), paymentKey, pending.total(), METHOD, Instant.now(), actor);
        paidCommitNanos += System.nanoTime() - start;
        return paid;
    }

    @Override
    public long paidCommitNanos() {
        return paidCommitNanos;
    }

    @Override
    public String describe() {
        return "simulated payment (no provider)";
    }
}
