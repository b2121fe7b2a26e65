package com.brewline.ordering;

import com.brewline.menu.MenuLoader;
import com.brewline.model.ChosenOption;
import com.brewline.model.Menu;
import com.brewline.model.OrderLine;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class OrderLineFactoryTest {
    private final Menu menu = MenuLoader.loadDefault();

    private static OrderLineException fails(Runnable r) {
        return assertThrows(OrderLineException.class, r::run);
    }

    @Test
    void freezesNamesPriceAndPrepTime() {
        OrderLine line = OrderLineFactory.create(menu, "cafe-latte", Map.of(
                "temperature", List.of("iced"), "size", List.of("large"), "milk", List.of("oat"),
                "syrup", List.of("caramel", "vanilla")), 2, Set.of());
        assertEquals("카페라떼", line.nameKo());
        assertEquals(5000 + 500 + 500 + 500 + 500, line.unitPrice());
        assertEquals(2 * 7000, line.lineTotal());
        assertEquals(90, line.prepSeconds());
        assertEquals(2, line.quantity());
        // menu order: temperature, size, milk, (extra-shot), syrup; options in the group's order
        assertEquals(List.of("iced", "large", "oat", "vanilla", "caramel"),
                line.options().stream().map(ChosenOption::optionId).toList());
        assertEquals(new ChosenOption("milk", "oat", "오트 밀크", "Oat milk", 500), line.options().get(2));
    }

    @Test
    void defaultSelectionsMakeAValidLine() {
        Map<String, List<String>> defaults = OrderLineFactory.defaultSelections(menu, "americano");
        assertEquals(List.of("hot"), defaults.get("temperature"));
        assertEquals(List.of("regular"), defaults.get("size"));
        assertEquals(List.of(), defaults.get("syrup"));
        OrderLine line = OrderLineFactory.create(menu, "americano", defaults, 1, Set.of());
        assertEquals(4500, line.unitPrice());
    }

    @Test
    void sameChoicesInAnyOrderGiveEqualLines() {
        Map<String, List<String>> a = new LinkedHashMap<>();
        a.put("syrup", List.of("hazelnut", "vanilla"));
        a.put("temperature", List.of("hot"));
        a.put("size", List.of("regular"));
        Map<String, List<String>> b = Map.of("temperature", List.of("hot"), "size", List.of("regular"),
                "syrup", List.of("vanilla", "hazelnut"));
        assertEquals(OrderLineFactory.create(menu, "americano", a, 1, Set.of()),
                OrderLineFactory.create(menu, "americano", b, 1, Set.of()));
    }

    @Test
    void requiredGroupMissing() {
        OrderLineException e = fails(() -> OrderLineFactory.create(menu, "americano",
                Map.of("size", List.of("regular")), 1, Set.of()));
        assertEquals("options.temperature", e.field());
        assertTrue(e.getMessage().contains("at least 1"), e.getMessage());
    }

    @Test
    void tooManyChoices() {
        OrderLineException e = fails(() -> OrderLineFactory.create(menu, "americano", Map.of(
                "temperature", List.of("hot"), "size", List.of("regular"),
                "syrup", List.of("vanilla", "hazelnut", "caramel")), 1, Set.of()));
        assertEquals("options.syrup", e.field());
        assertTrue(e.getMessage().contains("at most 2"), e.getMessage());
        assertEquals("options.temperature", fails(() -> OrderLineFactory.create(menu, "americano", Map.of(
                "temperature", List.of("hot", "iced"), "size", List.of("regular")), 1, Set.of())).field());
    }

    @Test
    void unknownOptionAndForeignGroup() {
        assertEquals("options.size", fails(() -> OrderLineFactory.create(menu, "americano", Map.of(
                "temperature", List.of("hot"), "size", List.of("venti")), 1, Set.of())).field());
        OrderLineException e = fails(() -> OrderLineFactory.create(menu, "cheesecake",
                Map.of("size", List.of("large")), 1, Set.of()));
        assertEquals("options.size", e.field());
        assertTrue(e.getMessage().contains("no option group"), e.getMessage());
    }

    @Test
    void sameOptionTwice() {
        assertTrue(fails(() -> OrderLineFactory.create(menu, "americano", Map.of("temperature", List.of("hot"),
                "size", List.of("regular"), "syrup", List.of("vanilla", "vanilla")), 1, Set.of()))
                .getMessage().contains("twice"));
    }

    @Test
    void quantityBounds() {
        assertEquals("quantity", fails(() -> OrderLineFactory.create(menu, "cheesecake", Map.of(), 0, Set.of())).field());
        assertEquals("quantity", fails(() -> OrderLineFactory.create(menu, "cheesecake", Map.of(), 21, Set.of())).field());
        assertEquals(20, OrderLineFactory.create(menu, "cheesecake", Map.of(), 20, Set.of()).quantity());
        assertEquals(1, OrderLineFactory.create(menu, "cheesecake", null, 1, Set.of()).quantity());
    }

    @Test
    void unknownOrSoldOutItem() {
        assertEquals("itemId", fails(() -> OrderLineFactory.create(menu, "frappuccino", Map.of(), 1, Set.of())).field());
        OrderLineException e = fails(() -> OrderLineFactory.create(menu, "tiramisu", Map.of(), 1, Set.of("tiramisu")));
        assertEquals("itemId", e.field());
        assertTrue(e.getMessage().contains("sold out"), e.getMessage());
    }
}
