package com.brewline.kiosk;

import com.brewline.kiosk.frame.Screen;
import com.brewline.testkit.fx.Fx;
import com.brewline.kiosk.testing.KioskFixture;
import com.brewline.kiosk.testing.Lines;
import com.brewline.kiosk.testing.Shots;
import com.brewline.model.OrderLine;
import com.brewline.sandbox.SandboxKnobs;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The one pairing suggestion per order (issue 11): a card on the cart, once, never in easy mode. */
class SuggestionIT {
    private static KioskFixture kiosk;

    @BeforeAll
    static void start() throws Exception {
        kiosk = new KioskFixture(SandboxKnobs.manual());
    }

    @AfterAll
    static void stop() {
        kiosk.close();
    }

    @BeforeEach
    void fresh() {
        Fx.run(() -> kiosk.ui.frame().endSession());
        kiosk.show(Shots.VARIANTS.get(0));
    }

    private static void add(String itemId) {
        Fx.run(() -> kiosk.ui.cart().add(Lines.withDefaults(kiosk.menu, itemId)));
    }

    private static boolean cardShown() {
        return Fx.get(() -> {
            Node card = kiosk.scene().lookup("#suggestion");
            return card != null && card.isVisible();
        });
    }

    @Test
    @Timeout(60)
    void aCoffeeWithoutADessertGetsOneCardAndAddingItPutsTheDessertInTheCart() {
        Fx.run(() -> kiosk.ui.attract().start());
        add("americano");
        Fx.waitUntil("the suggestion", Duration.ofSeconds(10), () -> kiosk.ui.suggest().offerProperty().get() != null);
        assertEquals("croissant", kiosk.ui.suggest().offerProperty().get().id());
        Fx.run(() -> kiosk.ui.frame().go(Screen.CART));
        Fx.settle();
        assertTrue(cardShown());
        Shots.take(kiosk, "live-cart-suggestion", List.of(Shots.VARIANTS.get(0), Shots.VARIANTS.get(1),
                Shots.VARIANTS.get(2), Shots.VARIANTS.get(3)));
        assertTrue(kiosk.ui.frame().screen() == Screen.CART);

        kiosk.tap("#suggestion-add");
        assertEquals(List.of("americano", "croissant"), Fx.get(() -> kiosk.ui.cart().lines().stream()
                .map(OrderLine::itemId).toList()));
        assertEquals(4200, Fx.get(() -> kiosk.ui.cart().lines().get(1).unitPrice()));
        assertFalse(cardShown());

        // never more than one per order: another coffee, after the dessert went out again, brings none
        Fx.run(() -> kiosk.ui.cart().remove(1));
        add("cafe-latte");
        assertTrue(kiosk.ui.suggest().offered());
        assertNull(Fx.get(() -> kiosk.ui.suggest().offerProperty().get()));
        assertFalse(cardShown());
    }

    @Test
    @Timeout(60)
    void aDismissedCardStaysGoneAndTheNextCustomerMayGetOne() {
        Fx.run(() -> kiosk.ui.attract().start());
        add("earl-grey");
        Fx.waitUntil("the suggestion", Duration.ofSeconds(10), () -> kiosk.ui.suggest().offerProperty().get() != null);
        Fx.run(() -> kiosk.ui.frame().go(Screen.CART));
        Fx.settle();
        kiosk.tap("#suggestion-dismiss");
        assertFalse(cardShown());
        assertEquals(1, Fx.get(() -> kiosk.ui.cart().lines().size()), "nothing added by a dismissal");
        add("americano");
        assertNull(Fx.get(() -> kiosk.ui.suggest().offerProperty().get()));

        Fx.run(() -> kiosk.ui.frame().endSession());
        assertFalse(kiosk.ui.suggest().offered(), "a new customer");
    }

    @Test
    @Timeout(60)
    void neverInEasyMode() {
        Fx.run(() -> {
            kiosk.ui.frame().accessibleProperty().set(true);
            kiosk.ui.attract().start();
        });
        add("americano");
        assertFalse(kiosk.ui.suggest().offered());
        assertNull(Fx.get(() -> kiosk.ui.suggest().offerProperty().get()));
        Fx.run(() -> kiosk.ui.frame().go(Screen.CART));
        Fx.settle();
        assertFalse(cardShown());
        Shots.take(kiosk, "live-cart-easy-no-suggestion", List.of(Shots.VARIANTS.get(4), Shots.VARIANTS.get(5)));
    }
}
