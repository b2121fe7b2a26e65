package com.brewline.bench;

import com.brewline.menu.MenuLoader;
import com.brewline.model.DiningOption;
import com.brewline.model.Menu;
import com.brewline.model.NewOrder;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;
import com.brewline.model.OrderStatus;
import com.brewline.ordering.OrderLineFactory;
import com.brewline.store.BrewlineStore;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The load the ui-bench puts on the screens: paid orders of the bundled menu, written through the store. */
final class BenchOrders {
    private static final String[] BASKET = {"americano", "cafe-latte", "cheesecake", "cold-brew", "lemon-ade", "croissant"};

    private final BrewlineStore store;
    private final Menu menu = MenuLoader.loadDefault();

    BenchOrders(BrewlineStore store) {
        this.store = store;
    }

    /** Open tickets for the station, some of them ready for the board. */
    void seed(int open, int readyCount) {
        for (int i = 0; i < open + readyCount; i++) {
            paid(i);
        }
        for (int i = 0; i < readyCount; i++) {
            Order claimed = store.orders().claimOldestPaid("ui-bench").orElseThrow();
            store.orders().transition(claimed.id(), OrderStatus.READY, "ui-bench", null);
        }
    }

    /** One paid order of one item, the n-th of the basket in turn. */
    void paid(int n) {
        String itemId = BASKET[n % BASKET.length];
        OrderLine line = OrderLineFactory.create(menu, itemId, OrderLineFactory.defaultSelections(menu, itemId), 1, Set.of());
        Order pending = store.orders().createPending(new NewOrder("ui-bench", DiningOption.TAKEOUT, List.of(line)));
        store.orders().markPaid(pending.id(), "pay_bench_" + pending.id(), pending.total(), "CARD", Instant.now(), "ui-bench");
    }
}
