package com.brewline.menu;

import com.brewline.model.Menu;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The menu's {@code pairings}: validated like every other field, with file, line and field in the message. */
class MenuPairingsTest {
    private static final String MENU = """
            {
              "storeNameKo": "테스트 카페",
              "categories": [
                {"id": "coffee", "nameKo": "커피"},
                {"id": "dessert", "nameKo": "디저트"}
              ],
              "items": [
                {"id": "americano", "categoryId": "coffee", "nameKo": "아메리카노", "price": 4500, "prepSeconds": 60,
                 "pairings": PAIRINGS},
                {"id": "cake", "categoryId": "dessert", "nameKo": "케이크", "price": 6500, "prepSeconds": 30},
                {"id": "croissant", "categoryId": "dessert", "nameKo": "크루아상", "price": 4200, "prepSeconds": 30}
              ]
            }
            """;

    private static Menu parse(String pairings) {
        return MenuLoader.parse(MENU.replace("PAIRINGS", pairings).getBytes(StandardCharsets.UTF_8), "menu.json",
                image -> null);
    }

    private static MenuException fails(String pairings) {
        return assertThrows(MenuException.class, () -> parse(pairings));
    }

    @Test
    void pairingsNameItemsAnywhereInTheFileInTheirOrder() {
        Menu menu = parse("[\"croissant\", \"cake\"]");
        assertEquals(List.of("croissant", "cake"), menu.item("americano").orElseThrow().pairings());
        assertEquals(List.of(), menu.item("cake").orElseThrow().pairings(), "none given: none");
    }

    @Test
    void anUnknownItemIsRefusedWithFileLineAndField() {
        MenuException e = fails("[\"cake\", \"muffin\"]");
        assertEquals("items[0].pairings[1]", e.jsonPath(), e.getMessage());
        assertEquals(9, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("Menu menu.json, line 9, column "), e.getMessage());
        assertTrue(e.reason().contains("unknown item \"muffin\""), e.getMessage());
    }

    @Test
    void notAnIdItselfOrTwiceIsRefused() {
        assertEquals("items[0].pairings[0]", fails("[3]").jsonPath());
        assertTrue(fails("[\"americano\"]").reason().contains("itself"));
        assertTrue(fails("[\"cake\", \"cake\"]").reason().contains("twice"));
        assertEquals("items[0].pairings", fails("\"cake\"").jsonPath());
    }

    @Test
    void atMostTenPairings() {
        String eleven = "[" + "\"cake\",".repeat(10) + "\"croissant\"]";
        assertTrue(fails(eleven).reason().contains("at most " + MenuLimits.MAX_PAIRINGS), fails(eleven).getMessage());
    }

    @Test
    void theBundledMenuPairsEveryCoffeeWithADessertItSells() {
        Menu menu = MenuLoader.loadDefault();
        menu.itemsIn("coffee").forEach(coffee -> {
            assertFalse(coffee.pairings().isEmpty(), coffee.id());
            coffee.pairings().forEach(p -> assertEquals("dessert", menu.item(p).orElseThrow().categoryId()));
        });
    }

    @Test
    void retiringAnItemInTheDocumentTakesItOutOfOtherItemsPairings() throws Exception {
        byte[] bytes;
        try (var in = MenuLoader.class.getResourceAsStream(MenuLoader.DEFAULT_RESOURCE)) {
            bytes = in.readAllBytes();
        }
        MenuDocument doc = MenuDocument.parse(bytes, "menu.json");
        doc.remove(MenuDocument.ITEMS, "croissant");
        Menu menu = doc.validate("menu.json", image -> "file:/" + image);
        assertTrue(menu.item("croissant").isEmpty());
        assertEquals(List.of("cheesecake", "tiramisu"), menu.item("americano").orElseThrow().pairings());
    }
}
