package com.brewline.kiosk;

import com.brewline.config.ConfigLoader;
import com.brewline.config.PinHash;
import com.brewline.kiosk.cart.CartViewModel;
import com.brewline.kiosk.item.ItemViewModel;
import com.brewline.kiosk.item.OptionChoice;
import com.brewline.kiosk.common.Background;
import com.brewline.kiosk.inactivity.InactivityViewModel;
import com.brewline.kiosk.common.KioskSettings;
import com.brewline.kiosk.frame.Screen;
import com.brewline.kiosk.frame.FrameViewModel;
import com.brewline.kiosk.staff.StaffExitViewModel;
import com.brewline.testkit.TestClock;
import com.brewline.model.Category;
import com.brewline.model.DiningOption;
import com.brewline.model.Menu;
import com.brewline.model.MenuItem;
import com.brewline.model.MenuOption;
import com.brewline.model.OptionGroup;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** View models without a scene: properties in, properties out. */
class ViewModelTest {
    private static final OptionGroup SIZE = new OptionGroup("size", "사이즈", "Size", 1, 1, List.of(
            new MenuOption("regular", "레귤러", "Regular", 0, false), new MenuOption("large", "라지", "Large", 500, false)));
    private static final OptionGroup SYRUP = new OptionGroup("syrup", "시럽", "Syrup", 0, 2, List.of(
            new MenuOption("vanilla", "바닐라", "Vanilla", 500, false), new MenuOption("hazelnut", "헤이즐넛", "Hazelnut", 500, false),
            new MenuOption("caramel", "캐러멜", "Caramel", 500, false)));
    private static final MenuItem LATTE = new MenuItem("latte", "coffee", "라떼", "Latte", 5000, 90, null, true,
            List.of("size", "syrup"));
    private static final Menu MENU = new Menu("가게", "Shop", List.of(new Category("coffee", "커피", "Coffee")),
            List.of(SIZE, SYRUP), List.of(LATTE));

    private static OptionChoice choice(ItemViewModel vm, String groupId, String optionId) {
        return vm.groups().values().stream().flatMap(List::stream)
                .filter(c -> c.group().id().equals(groupId) && c.option().id().equals(optionId)).findFirst().orElseThrow();
    }

    @Test
    void aRequiredChoiceMustBeMadeAndTheRunningPriceFollows() {
        CartViewModel cart = new CartViewModel();
        ItemViewModel item = new ItemViewModel(MENU, cart);
        item.open(LATTE, new SimpleBooleanProperty(false));
        assertEquals("size", item.missingGroupProperty().get().id(), "no default size: the customer must choose");
        assertFalse(item.canAddProperty().get());
        assertFalse(item.addToCart());
        assertTrue(cart.lines().isEmpty());

        assertTrue(item.toggle(choice(item, "size", "large")));
        assertNull(item.missingGroupProperty().get());
        assertFalse(item.toggle(choice(item, "size", "large")), "a required single choice cannot be emptied");
        assertTrue(item.toggle(choice(item, "syrup", "vanilla")));
        assertTrue(item.toggle(choice(item, "syrup", "caramel")));
        assertFalse(item.toggle(choice(item, "syrup", "hazelnut")), "at most two syrups");
        assertEquals(6500, item.unitPriceProperty().get());
        item.increment();
        assertEquals(13_000, item.totalProperty().get());
        assertTrue(item.addToCart());
        assertEquals(1, cart.lines().size());
        assertEquals(2, cart.lines().get(0).quantity());
        assertEquals(6500, cart.lines().get(0).unitPrice());
    }

    @Test
    void aSoldOutItemCannotBeAdded() {
        CartViewModel cart = new CartViewModel();
        ItemViewModel item = new ItemViewModel(MENU, cart);
        SimpleBooleanProperty soldOut = new SimpleBooleanProperty(false);
        item.open(LATTE, soldOut);
        item.toggle(choice(item, "size", "regular"));
        soldOut.set(true);
        assertFalse(item.addToCart());
        assertTrue(cart.lines().isEmpty());
    }

    @Test
    void theCartKeepsQuantitiesWithinOneToTwentyAndSplitsTheVat() {
        CartViewModel cart = new CartViewModel();
        ItemViewModel item = new ItemViewModel(MENU, cart);
        item.open(LATTE, new SimpleBooleanProperty(false));
        item.toggle(choice(item, "size", "regular"));
        item.addToCart();
        item.open(LATTE, new SimpleBooleanProperty(false));
        item.toggle(choice(item, "size", "regular"));
        item.addToCart();
        assertEquals(1, cart.lines().size(), "equal choices merge into one line");
        assertEquals(2, cart.lines().get(0).quantity());
        assertFalse(cart.setQuantity(0, 0));
        assertFalse(cart.setQuantity(0, 21));
        assertTrue(cart.setQuantity(0, 20));
        assertFalse(cart.changeQuantity(0, 1));
        assertEquals(100_000, cart.totalProperty().get());
        assertEquals(9_091, cart.vatProperty().get());
        assertFalse(cart.canPayProperty().get(), "dine-in or takeout first");
        assertThrows(IllegalStateException.class, () -> cart.toNewOrder("k"));
        cart.diningProperty().set(DiningOption.TAKEOUT);
        assertTrue(cart.canPayProperty().get());
        assertEquals(100_000, cart.toNewOrder("k").total());
        cart.remove(0);
        assertFalse(cart.canPayProperty().get());
        assertThrows(IllegalStateException.class, () -> cart.toNewOrder("k"));
    }

    @Test
    void inactivityWarnsAtLeastTwentySecondsBeforeEndingTheSession() {
        assertThrows(IllegalArgumentException.class, () -> defaultSettings()
                .withTimes(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(19), Duration.ofSeconds(5)));
        TestClock clock = new TestClock(java.time.Instant.now());
        FrameViewModel shell = new FrameViewModel(defaultSettings()
                .withTimes(Duration.ofSeconds(10), Duration.ofSeconds(40), Duration.ofSeconds(20), Duration.ofSeconds(5)));
        AtomicInteger ended = new AtomicInteger();
        shell.onSessionEnd(ended::incrementAndGet);
        InactivityViewModel idle = new InactivityViewModel(clock, shell);
        shell.go(Screen.MENU);
        clock.advance(Duration.ofSeconds(9));
        idle.tick();
        assertFalse(idle.warningProperty().get());
        clock.advance(Duration.ofSeconds(2));
        idle.tick();
        assertTrue(idle.warningProperty().get());
        assertEquals(19, idle.secondsLeftProperty().get());
        clock.advance(Duration.ofSeconds(19));
        idle.tick();
        assertEquals(Screen.ATTRACT, shell.screen());
        assertEquals(1, ended.get());
        // the attract screen itself never times out
        clock.advance(Duration.ofMinutes(10));
        idle.tick();
        assertFalse(idle.warningProperty().get());
        assertEquals(1, ended.get());
    }

    @Test
    void theStaffPadOpensOnFiveQuickTapsAndChecksTheHashedPin() {
        TestClock clock = new TestClock(java.time.Instant.now());
        AtomicInteger exits = new AtomicInteger();
        StaffExitViewModel staff = new StaffExitViewModel(clock, PinHash.hash("0420"),
                new Background(Runnable::run, Runnable::run), exits::incrementAndGet);
        for (int i = 0; i < 4; i++) {
            staff.cornerTapped();
            clock.advance(Duration.ofMillis(900));
        }
        staff.cornerTapped();
        assertFalse(staff.padShownProperty().get(), "five taps over 3.6 s do not count");
        for (int i = 0; i < 4; i++) {
            staff.cornerTapped();
        }
        assertTrue(staff.padShownProperty().get());
        "0421".chars().forEach(c -> staff.digit(c - '0'));
        assertEquals("●●●●", staff.maskedPin().get());
        staff.submit();
        assertTrue(staff.wrongProperty().get());
        assertEquals(0, exits.get());
        "0420".chars().forEach(c -> staff.digit(c - '0'));
        staff.submit();
        assertEquals(1, exits.get());
        assertFalse(staff.padShownProperty().get());
    }

    /** The settings a kiosk gets from an empty configuration file. */
    private static KioskSettings defaultSettings() {
        return KioskSettings.from(new ConfigLoader(Map.of(), Path.of("unused-data-folder")).defaults());
    }
}
