package com.brewline.kiosk.live;

import com.brewline.kitchen.Pacing;
import com.brewline.kitchen.StationRouting;
import com.brewline.menu.MenuSource;
import com.brewline.model.Menu;
import com.brewline.store.BrewlineStore;
import com.brewline.watch.KioskGate;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What ties a kiosk to the shop while it runs: the gate it asks before orders (stations alive, pacing), how
 * often it asks (the heartbeat interval), and where its menu comes from (the watched menu file, or a fixed
 * menu), and the paid orders' waits the done screen shows and the PAID message tells. Built by
 * {@code KioskRuntime} from the configuration.
 */
public record LiveShop(KioskGate gate, MenuSource menus, Duration checkEvery, PaidWaits paidWaits) {
    public LiveShop {
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(menus, "menus");
        Objects.requireNonNull(paidWaits, "paidWaits");
        if (checkEvery == null || checkEvery.isNegative() || checkEvery.isZero()) {
            throw new IllegalArgumentException("checkEvery must be positive, was " + checkEvery);
        }
    }

    /** The paid orders' waits counted by {@code gate}. */
    public LiveShop(KioskGate gate, MenuSource menus, Duration checkEvery) {
        this(gate, menus, checkEvery, new PaidWaits(gate));
    }

    /** The configuration's defaults (one station, no pacing, silent after 60 s), on a menu that never changes. */
    public static LiveShop defaults(BrewlineStore store, Menu menu, Clock clock) {
        return new LiveShop(new KioskGate(store, StationRouting.of(List.of()), Pacing.off(), Duration.ofSeconds(60),
                false, clock), MenuSource.fixed(menu), Duration.ofSeconds(10));
    }
}
