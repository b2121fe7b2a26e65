package com.brewline.kiosk.testing;

import com.brewline.kitchen.ExpoOrder;
import com.brewline.kitchen.ProcessKind;
import com.brewline.kitchen.StationRouting;
import com.brewline.menu.MenuDocument;
import com.brewline.menu.MenuFiles;
import com.brewline.menu.MenuLoader;
import com.brewline.model.DiningOption;
import com.brewline.model.Menu;
import com.brewline.model.NewOrder;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;
import com.brewline.model.OrderStatus;
import com.brewline.store.BrewlineStore;
import com.brewline.store.Stores;
import com.brewline.watch.HeartbeatWriter;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Another process of the shop, for the kiosk's multi-process tests (run by {@link Child}):
 * <ul>
 *   <li>{@code station DB STATION_ID EVERY_MS}: a station's heartbeat until killed;</li>
 *   <li>{@code rush DB ITEM COUNT}: COUNT paid orders of one item, as kiosks elsewhere take them;</li>
 *   <li>{@code drain DB}: a barista who makes every open order at once (claims, bumps, hands it over);</li>
 *   <li>{@code price MENU ITEM WON} / {@code retire MENU ITEM}: the owner's office saving the menu file.</li>
 * </ul>
 * Prints one line "done ..." (or "beating") when it did its part.
 */
public final class ShopChild {
    private ShopChild() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "station" -> station(Path.of(args[1]), args[2], Duration.ofMillis(Long.parseLong(args[3])));
            case "rush" -> rush(Path.of(args[1]), args[2], Integer.parseInt(args[3]));
            case "drain" -> drain(Path.of(args[1]));
            case "price" -> editMenu(Path.of(args[1]), doc -> doc.require(MenuDocument.ITEMS, args[2])
                    .put("price", Long.parseLong(args[3])));
            case "retire" -> editMenu(Path.of(args[1]), doc -> doc.remove(MenuDocument.ITEMS, args[2]));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    private static BrewlineStore open(Path db) {
        return Stores.open(db.toString(), Clock.systemUTC());
    }

    private static void station(Path db, String stationId, Duration every) throws InterruptedException {
        BrewlineStore store = open(db);
        HeartbeatWriter beats = HeartbeatWriter.start(store, ProcessKind.STATION, "child-" + ProcessHandle.current().pid(),
                stationId, every, Clock.systemUTC(), () -> new HeartbeatWriter.Observation() { });
        beats.beat();
        System.out.println("beating");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE); // until killed: kill -9 leaves no goodbye
    }

    private static void rush(Path db, String itemId, int count) {
        Menu menu = MenuLoader.loadDefault();
        var item = menu.item(itemId).orElseThrow();
        try (BrewlineStore store = open(db)) {
            for (int i = 0; i < count; i++) {
                OrderLine line = new OrderLine(item.id(), item.nameKo(), item.nameEn(), List.of(), 1, item.price(),
                        item.prepSeconds(), item.categoryId());
                Order pending = store.orders().createPending(new NewOrder("rush-kiosk", DiningOption.TAKEOUT, List.of(line)));
                store.orders().markPaid(pending.id(), "SIM-" + UUID.randomUUID(), pending.total(), "SIMULATED",
                        Instant.now(), "kiosk:rush-kiosk");
            }
        }
        System.out.println("done rush " + count);
    }

    private static void drain(Path db) {
        StationRouting routing = StationRouting.of(List.of());
        String stationId = routing.stations().get(0).id();
        int made = 0;
        try (BrewlineStore store = open(db)) {
            for (Optional<ExpoOrder> next = store.stations().claimNext(routing, stationId, "barista:drain");
                 next.isPresent(); next = store.stations().claimNext(routing, stationId, "barista:drain")) {
                long id = next.get().order().id();
                if (store.stations().bump(id, routing, stationId, "barista:drain").order().status() == OrderStatus.READY) {
                    store.orders().transition(id, OrderStatus.PICKED_UP, "customer", "picked up");
                }
                made++;
            }
        }
        System.out.println("done drain " + made);
    }

    private static void editMenu(Path menuFile, java.util.function.Consumer<MenuDocument> edit) {
        MenuFiles files = new MenuFiles(menuFile);
        MenuFiles.Opened opened = files.open();
        edit.accept(opened.document());
        files.save(opened.document(), opened.baseline());
        System.out.println("done menu");
    }
}
