package com.brewline.cli;

import com.brewline.menu.MenuLoader;
import com.brewline.model.Menu;
import com.brewline.model.NewOrder;
import com.brewline.model.OrderLine;
import com.brewline.ordering.OrderLineFactory;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class RandomOrdersTest {
    private final Menu menu = MenuLoader.loadDefault();

    @Test
    void ordersAreValidAndLookLikeACafe() {
        RandomOrders orders = new RandomOrders(menu, 11);
        Map<String, Integer> byCategory = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            NewOrder order = orders.next("K1", Set.of());
            assertEquals("K1", order.kioskId());
            assertNotNull(order.dining());
            assertTrue(order.lines().size() >= 1 && order.lines().size() <= 4);
            for (OrderLine line : order.lines()) {
                // the line is exactly what the factory makes from the same choices
                Map<String, List<String>> choices = line.options().stream().collect(Collectors.groupingBy(
                        o -> o.groupId(), Collectors.mapping(o -> o.optionId(), Collectors.toList())));
                OrderLine again = OrderLineFactory.create(menu, line.itemId(), choices, line.quantity(), Set.of());
                assertEquals(again, line);
                byCategory.merge(menu.item(line.itemId()).orElseThrow().categoryId(), line.quantity(), Integer::sum);
            }
        }
        assertTrue(byCategory.get("coffee") > byCategory.get("tea") * 2, byCategory.toString());
        assertEquals(5, byCategory.size(), "every category is ordered now and then");
    }

    @Test
    void sameSeedSameOrders() {
        RandomOrders a = new RandomOrders(menu, 5);
        RandomOrders b = new RandomOrders(menu, 5);
        for (int i = 0; i < 20; i++) {
            assertEquals(a.next("K", Set.of()), b.next("K", Set.of()));
        }
    }

    @Test
    void soldOutItemsAreNeverOrdered() {
        Set<String> soldOut = Set.of("americano", "cafe-latte", "cheesecake");
        RandomOrders orders = new RandomOrders(menu, 3);
        for (int i = 0; i < 300; i++) {
            orders.next("K", soldOut).lines().forEach(l -> assertFalse(soldOut.contains(l.itemId())));
        }
        Set<String> everything = menu.items().stream().map(item -> item.id()).collect(Collectors.toSet());
        assertThrows(CliException.class, () -> orders.next("K", everything));
    }

    @Test
    void percentilesByNearestRank() {
        Percentiles p = new Percentiles(List.of(5L, 1L, 4L, 2L, 3L, 6L, 7L, 8L, 9L, 10L));
        assertEquals(5, p.percentile(50));
        assertEquals(10, p.percentile(99));
        assertEquals(1, p.percentile(1));
        assertEquals(10, p.max());
        assertEquals(-1, new Percentiles(List.of()).percentile(50));
    }
}
