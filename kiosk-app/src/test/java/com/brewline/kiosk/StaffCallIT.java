package com.brewline.kiosk;

import com.brewline.kiosk.frame.Screen;
import com.brewline.kiosk.staffcall.StaffCallViewModel;
import com.brewline.testkit.fx.Fx;
import com.brewline.kiosk.testing.KioskFixture;
import com.brewline.kiosk.testing.Shots;
import com.brewline.kitchen.AlertKinds;
import com.brewline.sandbox.SandboxKnobs;
import com.brewline.store.BrewlineStore;
import com.brewline.store.StaffAlert;
import com.brewline.store.Stores;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Call staff (issue 11): on every screen and in easy mode, an alert in the store, the answer shown on the kiosk. */
class StaffCallIT {
    private static KioskFixture kiosk;

    @BeforeAll
    static void start() throws Exception {
        kiosk = new KioskFixture(SandboxKnobs.manual());
    }

    @AfterAll
    static void stop() {
        kiosk.close();
    }

    private static Button button() {
        return Fx.get(() -> (Button) kiosk.scene().lookup("#call-staff"));
    }

    private static List<StaffAlert> calls(BrewlineStore store) {
        return store.alerts().open().stream().filter(a -> a.kind().equals(AlertKinds.STAFF_CALL)).toList();
    }

    @Test
    @Timeout(120)
    void theButtonIsOnEveryScreenWholeAndWithinReachInEveryModeAndOrientation() {
        for (var variant : Shots.VARIANTS) {
            kiosk.show(variant);
            for (Screen screen : List.of(Screen.ATTRACT, Screen.MENU, Screen.CART, Screen.STATUS)) {
                Fx.run(() -> kiosk.ui.frame().go(screen));
                Fx.settle();
                String where = screen + " " + variant.suffix();
                Fx.run(() -> {
                    Button b = button();
                    assertNotNull(b, where);
                    assertTrue(b.isVisible() && b.getScene() == kiosk.scene(), where);
                    Bounds at = b.localToScene(b.getBoundsInLocal());
                    assertTrue(at.getMinX() >= 0 && at.getMaxX() <= kiosk.scene().getWidth() && at.getMaxY()
                            <= kiosk.scene().getHeight(), where + " " + at);
                    // the whole label shows, never "직원 ..." (the text node is as wide as the text wants)
                    assertTrue(b.getWidth() + 0.5 >= b.prefWidth(-1), where + ": " + b.getWidth() + " < " + b.prefWidth(-1));
                    if (variant.accessible() && !variant.landscape()) {
                        assertTrue(at.getMinY() >= kiosk.scene().getHeight() * 0.45, "within reach: " + where);
                    }
                });
            }
            Fx.run(() -> kiosk.ui.frame().endSession());
        }
        kiosk.show(Shots.VARIANTS.get(0));
    }

    @Test
    @Timeout(120)
    void aCallIsAnAlertInTheStoreAndTheKioskShowsWhenStaffAcknowledgedIt() {
        kiosk.show(Shots.VARIANTS.get(0));
        Fx.run(() -> kiosk.ui.frame().go(Screen.MENU));
        kiosk.tap("#call-staff"); // a real tap: the button must be on screen and not covered
        Fx.waitUntil("the call recorded", Duration.ofSeconds(10),
                () -> kiosk.ui.staffCall().state() == StaffCallViewModel.State.CALLED);
        // the station reads it in another connection, as another process does
        try (BrewlineStore station = Stores.open(kiosk.config.database().toString(), Clock.systemUTC())) {
            List<StaffAlert> open = calls(station);
            assertEquals(1, open.size(), open.toString());
            assertEquals(kiosk.settings().kioskId(), open.get(0).source());
            Fx.settle();
            assertEquals("직원을 불렀어요. 잠시만 기다려 주세요.",
                    Fx.get(() -> ((Label) kiosk.scene().lookup("#call-staff-note")).getText()));
            Shots.take(kiosk, "live-staff-called");

            // pressed again while open: the same alert, counted
            kiosk.tap("#call-staff");
            Fx.waitOffFx("the call counted twice", Duration.ofSeconds(10), () -> calls(station).size() == 1
                    && calls(station).get(0).count() == 2);

            station.alerts().resolve(open.get(0).id(), "barista:station-1");
        }
        Fx.waitUntil("the answer shown", Duration.ofSeconds(10),
                () -> kiosk.ui.staffCall().state() == StaffCallViewModel.State.ANSWERED);
        Fx.settle();
        assertEquals("직원이 확인했어요. 곧 도와드릴게요.",
                Fx.get(() -> ((Label) kiosk.scene().lookup("#call-staff-note")).getText()));
        Shots.take(kiosk, "live-staff-answered");
        Fx.run(() -> kiosk.ui.frame().endSession());
        assertEquals(StaffCallViewModel.State.IDLE, kiosk.ui.staffCall().state());
    }

    @Test
    @Timeout(60)
    void inEasyModeTheCallIsConfirmedAloud() {
        kiosk.show(Shots.VARIANTS.get(4)); // Korean, easy mode, portrait
        Fx.run(() -> kiosk.ui.frame().go(Screen.MENU));
        kiosk.speech.clear();
        kiosk.tap("#call-staff");
        Fx.waitUntil("the call confirmed aloud", Duration.ofSeconds(10),
                () -> kiosk.speech.said().contains("직원을 불렀어요. 잠시만 기다려 주세요."));
        Fx.run(() -> kiosk.ui.frame().endSession());
        try (BrewlineStore station = Stores.open(kiosk.config.database().toString(), Clock.systemUTC())) {
            calls(station).forEach(a -> station.alerts().resolve(a.id(), "barista:station-1"));
        }
        kiosk.show(Shots.VARIANTS.get(0));
    }
}
