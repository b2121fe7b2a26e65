package com.brewline.kiosk;

import com.brewline.kiosk.pay.PayState;
import com.brewline.kiosk.frame.Screen;
import com.brewline.kiosk.status.StatusViewModel;
import com.brewline.kiosk.testing.AccessibilityCheck;
import com.brewline.testkit.fx.Fx;
import com.brewline.kiosk.testing.GuidancePlaces;
import com.brewline.kiosk.testing.KioskFixture;
import com.brewline.kiosk.testing.ScreenTour;
import com.brewline.model.DiningOption;
import com.brewline.sandbox.SandboxKnobs;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every screen and overlay, in both languages, both orientations and accessible mode: rendered to
 * PNG in target/screenshots and checked for touch targets, contrast, cut text, the font and (in
 * accessible portrait mode) controls in the lower part of the screen.
 */
class ScreensIT {
    private static KioskFixture kiosk;

    @BeforeAll
    static void fillTheKiosk() throws Exception {
        kiosk = new KioskFixture(SandboxKnobs.manual(), s -> s.withTimes(Duration.ofSeconds(30),
                Duration.ofSeconds(90), Duration.ofSeconds(20), Duration.ofSeconds(8)));
        kiosk.store().availability().setSoldOut("cold-brew", true, "barista");
        fillCart();
        Fx.run(() -> kiosk.ui.cart().pay());
        Fx.waitUntil("waiting for the customer", Duration.ofSeconds(10), () -> kiosk.ui.pay().state() == PayState.WAITING);
        String orderId = kiosk.store().orders().pendingCreatedBefore(java.time.Instant.now().plusSeconds(5)).get(0).paymentOrderId();
        String paymentKey = kiosk.store().payments().payment(
                kiosk.store().orders().findByPaymentOrderId(orderId).orElseThrow().id()).orElseThrow().paymentKey();
        assertTrue(kiosk.sandbox().approve(paymentKey));
        Fx.waitUntil("paid", Duration.ofSeconds(15), () -> kiosk.ui.frame().screen() == Screen.DONE);
        int number = Fx.get(() -> kiosk.ui.done().pickupNumberProperty().get());
        Fx.waitUntil("the estimated wait", Duration.ofSeconds(5), () -> kiosk.ui.done().waitMinutesProperty().get() > 0);
        // a second payment that stays open, for the pay screen
        fillCart();
        Fx.run(() -> kiosk.ui.cart().pay());
        Fx.waitUntil("waiting for the customer", Duration.ofSeconds(10), () -> kiosk.ui.pay().state() == PayState.WAITING);
        Fx.run(() -> {
            kiosk.ui.item().open(kiosk.menu.item("vanilla-latte").orElseThrow(),
                    kiosk.ui.menu().tile("vanilla-latte").soldOutProperty());
            for (char c : Integer.toString(number).toCharArray()) {
                kiosk.ui.status().digit(c - '0');
            }
            kiosk.ui.status().lookUp();
        });
        Fx.waitUntil("the status", Duration.ofSeconds(5),
                () -> kiosk.ui.status().outcomeProperty().get() == StatusViewModel.Outcome.FOUND);
    }

    private static void fillCart() {
        Fx.run(() -> {
            var item = kiosk.ui.item();
            item.open(kiosk.menu.item("cafe-latte").orElseThrow(), kiosk.ui.menu().tile("cafe-latte").soldOutProperty());
            item.groups().values().forEach(choices -> choices.stream()
                    .filter(c -> c.option().id().equals("iced") || c.option().id().equals("oat"))
                    .forEach(item::toggle));
            item.addToCart();
            item.open(kiosk.menu.item("caramel-macchiato").orElseThrow(),
                    kiosk.ui.menu().tile("caramel-macchiato").soldOutProperty());
            item.increment();
            item.addToCart();
            kiosk.ui.cart().diningProperty().set(DiningOption.TAKEOUT);
        });
    }

    @AfterAll
    static void close() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void everyScreenIsUsableAndPictured() throws Exception {
        Path dir = Path.of(System.getProperty("brewline.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        List<String> problems = new ArrayList<>();
        int pictures = 0;
        for (ScreenTour.Variant variant : ScreenTour.ALL) {
            Scene scene = kiosk.show(variant);
            List<String> seen = new ArrayList<>();
            ScreenTour.visit(kiosk.ui, kiosk.clock, view -> {
                Fx.snapshot(scene, dir.resolve(view + "-" + variant.suffix() + ".png"));
                seen.add(view);
                AccessibilityCheck.problems(scene, variant.accessible() && !variant.landscape(), variant.accessible())
                        .forEach(p -> problems.add(view + "-" + variant.suffix() + ": " + p));
                if (variant.accessible()) { // easy mode's guidance is shown and spoken: what it says must be true
                    GuidancePlaces.problems(scene, view, variant.landscape())
                            .forEach(p -> problems.add(variant.suffix() + ": " + p));
                }
            });
            assertEquals(ScreenTour.VIEWS, seen);
            pictures += seen.size();
        }
        assertEquals(ScreenTour.VIEWS.size() * ScreenTour.ALL.size(), pictures);
        Files.write(dir.resolve("accessibility-problems.txt"), problems);
        assertTrue(problems.isEmpty(), problems.size() + " accessibility problems:\n" + String.join("\n", problems));
    }
}
