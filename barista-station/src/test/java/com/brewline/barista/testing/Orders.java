package com.brewline.barista.testing;

import com.brewline.menu.MenuLoader;
import com.brewline.model.DiningOption;
import com.brewline.model.Menu;
import com.brewline.model.NewOrder;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;
import com.brewline.ordering.OrderLineFactory;
import com.brewline.store.BrewlineStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Realistic orders from the default menu, varied by a number so a rush looks like one. */
public final class Orders {
    public static final Menu MENU = MenuLoader.loadDefault();
    private static final String[][] BASKETS = {
            {"americano"}, {"cafe-latte", "cheesecake"}, {"vanilla-latte", "americano"}, {"cold-brew"},
            {"caramel-macchiato", "green-tea-latte", "croissant"}, {"lemon-ade"}, {"cappuccino", "tiramisu"},
            {"strawberry-smoothie", "yuja-tea"}, {"cafe-mocha"}, {"americano", "americano", "sweet-potato-latte"},
    };

    private Orders() {
    }

    public static NewOrder newOrder(int n, String kioskId) {
        List<OrderLine> lines = new ArrayList<>();
        String[] basket = BASKETS[Math.floorMod(n, BASKETS.length)];
        for (int i = 0; i < basket.length; i++) {
            Map<String, List<String>> sel = new java.util.LinkedHashMap<>(OrderLineFactory.defaultSelections(MENU, basket[i]));
            if (sel.containsKey("temperature") && (n + i) % 2 == 0) {
                sel.put("temperature", List.of("iced"));
            }
            if (sel.containsKey("extra-shot") && (n + i) % 3 == 0) {
                sel.put("extra-shot", List.of("shot-1"));
            }
            if (sel.containsKey("syrup") && (n + i) % 4 == 1) {
                sel.put("syrup", List.of("vanilla"));
            }
            if (sel.containsKey("milk") && (n + i) % 5 == 2) {
                sel.put("milk", List.of("oat"));
            }
            lines.add(OrderLineFactory.create(MENU, basket[i], sel, 1 + (n + i) % 3 / 2, Set.of()));
        }
        return new NewOrder(kioskId, n % 3 == 0 ? DiningOption.TAKEOUT : DiningOption.DINE_IN, lines);
    }

    /** Creates and marks paid in this process, with a payment key the provider never saw (no refunds). */
    public static Order paidInProcess(BrewlineStore store, int n, Instant paidAt) {
        Order pending = store.orders().createPending(newOrder(n, "kiosk-test"));
        return store.orders().markPaid(pending.id(), "pay_local_" + pending.id(), pending.total(), "CARD", paidAt, "kiosk-test");
    }
}
