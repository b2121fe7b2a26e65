package com.brewline.ordering;

import com.brewline.menu.MenuLoader;
import com.brewline.model.Menu;
import com.brewline.model.MenuItem;
import com.brewline.model.OrderLine;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class PairingSuggestionTest {
    private final Menu menu = MenuLoader.loadDefault();

    private OrderLine line(String itemId) {
        MenuItem item = menu.item(itemId).orElseThrow();
        return new OrderLine(item.id(), item.nameKo(), item.nameEn(), List.of(), 1, item.price(), item.prepSeconds(),
                item.categoryId());
    }

    @Test
    void aCoffeeWithoutADessertIsOfferedItsFirstPairingOncePerOrder() {
        PairingSuggestion once = new PairingSuggestion();
        Optional<MenuItem> offer = once.next(menu, List.of(line("americano")), Set.of(), false);
        assertEquals("croissant", offer.orElseThrow().id());
        assertTrue(once.offered());
        assertTrue(once.next(menu, List.of(line("americano"), line("cafe-latte")), Set.of(), false).isEmpty(),
                "never more than one per order");
        once.reset();
        assertTrue(once.next(menu, List.of(line("cafe-latte")), Set.of(), false).isPresent(), "the next customer");
    }

    @Test
    void noOfferWhenTheCartHoldsADessertAlreadyOrInEasyModeOrForAnAde() {
        PairingSuggestion once = new PairingSuggestion();
        assertTrue(once.next(menu, List.of(line("americano"), line("macaron")), Set.of(), false).isEmpty());
        assertTrue(once.next(menu, List.of(line("americano")), Set.of(), true).isEmpty(), "easy mode");
        assertTrue(once.next(menu, List.of(line("lemon-ade")), Set.of(), false).isEmpty(), "ades name no pairings");
        assertTrue(once.next(menu, List.of(), Set.of(), false).isEmpty());
        assertFalse(once.offered(), "nothing offered: the one suggestion is still to come");
    }

    @Test
    void aSoldOutPairingIsSkipped() {
        assertEquals("cheesecake", new PairingSuggestion().next(menu, List.of(line("americano")), Set.of("croissant"),
                false).orElseThrow().id());
        assertTrue(new PairingSuggestion().next(menu, List.of(line("americano")),
                Set.of("croissant", "cheesecake", "tiramisu"), false).isEmpty());
    }
}
