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

    SimulatedPayer(BrewlineStore store, String kioskId) {
        this.store = store;
        this.actor = "kiosk:" + kioskId;
    }

    @Override
    public Order placeAndPay(NewOrder order) {
        Order pending = store.orders().createPending(order);
        return store.orders().markPaid(pending.id(), "SIM-" + UUID.randomUUID(), pending.total(), METHOD,
                Instant.now(), actor);
    }

    @Override
    public String describe() {
        return "simulated payment (no provider)";
    }
}
