package com.brewline.kiosk;

import com.brewline.config.BrewlineConfig;
import com.brewline.kiosk.frame.Screen;
import com.brewline.kiosk.pay.PayState;
import com.brewline.kiosk.testing.Child;
import com.brewline.testkit.fx.Fx;
import com.brewline.kiosk.testing.KioskFixture;
import com.brewline.kiosk.testing.Shots;
import com.brewline.kitchen.AlertKinds;
import com.brewline.kitchen.KioskAdvice;
import com.brewline.model.DiningOption;
import com.brewline.model.OrderLine;
import com.brewline.ordering.OrderLineFactory;
import com.brewline.payment.client.BreakerSettings;
import com.brewline.sandbox.SandboxKnobs;
import com.brewline.store.BrewlineStore;
import com.brewline.store.StaffAlert;
import com.brewline.store.Stores;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The kiosk gate on a running kiosk, with the rest of the shop in other processes: pacing in a rush (the wait
 * said up front, new orders paused, resumed by itself), and a station killed with -9 noticed within a minute
 * (staff warned on screen and in the store; with kiosk.stopWhenNoStation no order is taken).
 */
class LiveGateIT {
    private static final Duration HEARTBEAT = Duration.ofSeconds(1);
    /** The configuration's shortest silence: three heartbeats. */
    private static final Duration SILENT_AFTER = Duration.ofSeconds(3);

    private KioskFixture kiosk;

    @AfterEach
    void close() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    private KioskFixture kiosk(int warnMinutes, int pauseMinutes, boolean stopWhenNoStation) throws Exception {
        return new KioskFixture(SandboxKnobs.manual(), BreakerSettings.defaults(), s -> s, c -> {
            BrewlineConfig.Kiosk k = c.kiosk();
            return c.withKitchen(new BrewlineConfig.Kitchen(List.of(), warnMinutes, pauseMinutes, HEARTBEAT, SILENT_AFTER))
                    .withKiosk(new BrewlineConfig.Kiosk(k.kioskId(), k.language(), k.accessibleByDefault(),
                            k.inactivityTimeout(), k.inactivityWarning(), k.accessibleInactivityTimeout(),
                            k.doneScreenFor(), k.staffPinHash(), k.fullScreen(), stopWhenNoStation));
        }, false);
    }

    private String db() {
        return kiosk.config.database().toString();
    }

    private OrderLine line(String itemId) {
        return com.brewline.kiosk.testing.Lines.withDefaults(kiosk.menu, itemId);
    }

    private String text(String id) {
        return Fx.get(() -> {
            Node n = kiosk.scene().lookup("#" + id);
            return n instanceof Label l && n.isVisible() ? l.getText() : null;
        });
    }

    private boolean showing(String selector) {
        return Fx.get(() -> {
            Node n = kiosk.scene().lookup(selector);
            for (Node p = n; p != null; p = p.getParent()) {
                if (!p.isVisible()) {
                    return false;
                }
            }
            return n != null;
        });
    }

    private List<StaffAlert> openAlerts(String kind) {
        // read through a connection of its own, as the station in another process reads them
        try (BrewlineStore other = Stores.open(db(), Clock.systemUTC())) {
            return other.alerts().open().stream().filter(a -> a.kind().equals(kind)).toList();
        }
    }

    @Test
    @Timeout(240)
    void aRushShowsTheWaitThenPausesNewOrdersAndTheKioskResumesByItselfWhenTheWaitFalls() throws Exception {
        kiosk = kiosk(2, 4, false);
        try (Child station = Child.start("station", db(), "station", "500")) {
            station.awaitLine("beating", Duration.ofSeconds(60));
            Fx.waitUntil("the gate to see the station", Duration.ofSeconds(20), () -> kiosk.ui.gate().knownProperty().get()
                    && !kiosk.ui.gate().warnStaffProperty().get());
            assertFalse(Fx.get(() -> kiosk.ui.gate().showWaitProperty().get()), "an empty queue: no wait to point out");

            // kiosks elsewhere take 3 americanos (60 s each, one station at work): 3 min, past the 2 min warning
            Child.run(Duration.ofSeconds(60), "rush", db(), "americano", "3");
            Fx.waitUntil("the wait said up front", Duration.ofSeconds(20),
                    () -> kiosk.ui.gate().showWaitProperty().get() && kiosk.ui.gate().waitMinutesProperty().get() == 3);
            assertTrue(Fx.get(() -> kiosk.ui.attract().orderingProperty().get()), "still taking orders");
            Fx.settle();
            assertEquals("지금 주문하시면 약 3분 기다리셔야 해요", text("wait-up-front"));
            Shots.take(kiosk, "live-attract-wait-up-front");

            // a customer starts and has an americano in the cart, still told the wait
            assertTrue(Fx.get(() -> kiosk.ui.attract().start()));
            Fx.run(() -> kiosk.ui.cart().add(line("americano")));
            Fx.settle();
            assertEquals("지금 주문하시면 약 3분 기다리셔야 해요", text("wait-up-front"));
            Shots.take(kiosk, "live-menu-wait-up-front");

            // 3 more: 6 min, past the 4 min pause limit
            Child.run(Duration.ofSeconds(60), "rush", db(), "americano", "3");
            Fx.waitUntil("new orders paused", Duration.ofSeconds(20),
                    () -> !kiosk.ui.attract().orderingProperty().get());
            assertEquals(KioskAdvice.Reason.PACING_PAUSED, Fx.get(() -> kiosk.ui.gate().adviceProperty().get().reason()));
            // the customer already past the start keeps the cart and may pay, seeing the wait first
            assertEquals(Screen.MENU, Fx.get(() -> kiosk.ui.frame().screen()));
            assertEquals(1, Fx.get(() -> kiosk.ui.cart().lines().size()));
            Fx.run(() -> {
                kiosk.ui.cart().diningProperty().set(DiningOption.TAKEOUT);
                kiosk.ui.menu().checkout();
            });
            Fx.waitUntil("the cart's wait from the gate", Duration.ofSeconds(10), () -> kiosk.ui.cart().waitEstimateProperty()
                    .get() != null && kiosk.ui.cart().waitEstimateProperty().get().ordersAhead() == 6);
            assertEquals(7, Fx.get(() -> kiosk.ui.cart().waitEstimateProperty().get().minutes()),
                    "6 americanos ahead and the customer's own: 7 min");
            Shots.take(kiosk, "live-cart-wait-paused");
            assertTrue(Fx.get(() -> kiosk.ui.cart().pay()));
            Fx.waitUntil("the payment session open", Duration.ofSeconds(20),
                    () -> kiosk.ui.pay().state() == PayState.WAITING);
            Fx.run(() -> kiosk.ui.pay().cancel());
            Fx.waitUntil("the payment cancelled", Duration.ofSeconds(20), () -> !kiosk.ui.pay().state().inProgress());

            // the next customer finds new orders paused, and why
            Fx.run(() -> kiosk.ui.frame().endSession());
            Fx.settle();
            assertFalse(showing("#startButton") || Fx.get(() -> kiosk.ui.attract().start()), "no new order while paused");
            Fx.waitUntil("the pause said", Duration.ofSeconds(5),
                    () -> "주문이 많아 잠시 새 주문을 받지 않아요".equals(labelText(".closed-title")));
            Shots.take(kiosk, "live-attract-paused");

            // the station makes them all: the wait falls and the kiosk takes orders again by itself
            Instant drained = Instant.now();
            Child.run(Duration.ofSeconds(60), "drain", db());
            Fx.waitUntil("orders taken again", Duration.ofSeconds(20), () -> kiosk.ui.attract().orderingProperty().get());
            System.out.printf("resumed %d ms after the barista process was started (its JVM start included)%n", Duration.between(drained, Instant.now()).toMillis());
            Fx.settle();
            assertTrue(showing("#startButton"));
            assertFalse(Fx.get(() -> kiosk.ui.gate().showWaitProperty().get()));
        }
    }

    private String labelText(String selector) {
        return Fx.get(() -> kiosk.scene().lookup(selector) instanceof Label l ? l.getText() : null);
    }

    @Test
    @Timeout(240)
    void aStationKilledWithMinus9IsNoticedWithinAMinuteAndTheKioskStopsTakingOrdersUntilOneIsBack() throws Exception {
        kiosk = kiosk(0, 0, true);
        String kioskId = kiosk.settings().kioskId();
        // no station has ever beaten: silent once the kiosk has been up SILENT_AFTER (never more than it knows)
        Fx.waitUntil("no station seen", Duration.ofSeconds(20), () -> kiosk.ui.gate().warnStaffProperty().get());
        Fx.waitOffFx("the staff alert", Duration.ofSeconds(10), () -> !openAlerts(AlertKinds.STATION_SILENT).isEmpty());

        try (Child station = Child.start("station", db(), "station", String.valueOf(HEARTBEAT.toMillis()))) {
            station.awaitLine("beating", Duration.ofSeconds(60));
            Fx.waitUntil("the station seen alive", Duration.ofSeconds(20), () -> !kiosk.ui.gate().warnStaffProperty().get()
                    && kiosk.ui.attract().orderingProperty().get());
            Fx.waitOffFx("the staff alert resolved", Duration.ofSeconds(10),
                    () -> openAlerts(AlertKinds.STATION_SILENT).isEmpty());
            assertFalse(showing("#staff-banner"));

            Instant killed = Instant.now();
            station.kill();
            Fx.waitUntil("the kiosk to notice the killed station", Duration.ofSeconds(60),
                    () -> kiosk.ui.gate().warnStaffProperty().get());
            Duration noticed = Duration.between(killed, Instant.now());
            System.out.printf("station killed with -9 noticed after %d ms (silent after %d s, heartbeat %d s)%n",
                    noticed.toMillis(), SILENT_AFTER.toSeconds(), HEARTBEAT.toSeconds());
            assertTrue(noticed.compareTo(Duration.ofMinutes(1)) < 0, "noticed within a minute: " + noticed);
        }
        Fx.waitOffFx("the staff alert raised", Duration.ofSeconds(10), () -> openAlerts(AlertKinds.STATION_SILENT).stream()
                .anyMatch(a -> a.source().equals(kioskId) && a.message().contains("takes no orders")));
        assertFalse(Fx.get(() -> kiosk.ui.attract().orderingProperty().get()), "kiosk.stopWhenNoStation: no new order");
        assertFalse(Fx.get(() -> kiosk.ui.attract().start()));
        Fx.settle();
        assertTrue(showing("#staff-banner"));
        assertEquals("직원 확인 필요: 바리스타 화면이 응답하지 않아 새 주문을 받지 않아요.", text("staff-banner-text"));
        assertEquals("지금은 주문을 받을 수 없어요", labelText(".closed-title"));
        assertEquals("guide.attract.closed", Fx.get(() -> kiosk.ui.frame().guidanceKey()),
                "easy mode's guidance does not send the customer to a start button that is not there");
        Shots.take(kiosk, "live-attract-no-station");

        // a customer who was already ordering cannot pay for an order no one would see: nothing is charged
        Fx.run(() -> {
            kiosk.ui.frame().go(Screen.CART);
            kiosk.ui.cart().add(line("americano"));
            kiosk.ui.cart().diningProperty().set(DiningOption.DINE_IN);
            kiosk.ui.cart().pay();
        });
        Fx.waitUntil("the payment refused", Duration.ofSeconds(20), () -> kiosk.ui.pay().state() == PayState.NO_STATION);
        assertTrue(kiosk.sandbox().payments().isEmpty(), "no payment session was opened");
        assertTrue(kiosk.store().orders().pendingCreatedBefore(Instant.now().plusSeconds(60)).isEmpty(), "no order written");
        Shots.take(kiosk, "live-pay-no-station");

        // a station back: the kiosk takes orders again by itself and the alert is resolved
        try (Child again = Child.start("station", db(), "station", String.valueOf(HEARTBEAT.toMillis()))) {
            again.awaitLine("beating", Duration.ofSeconds(60));
            Fx.run(() -> kiosk.ui.frame().endSession());
            Fx.waitUntil("orders taken again", Duration.ofSeconds(20), () -> kiosk.ui.attract().orderingProperty().get());
            Fx.waitOffFx("the staff alert resolved", Duration.ofSeconds(10),
                    () -> openAlerts(AlertKinds.STATION_SILENT).isEmpty());
            Fx.settle();
            assertFalse(showing("#staff-banner"));
        }
    }
}
