package com.brewline.ordering;

import com.brewline.menu.MenuLoader;
import com.brewline.model.DiningOption;
import com.brewline.model.Menu;
import com.brewline.model.NewOrder;
import com.brewline.model.OrderLine;
import com.brewline.model.Vat;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class CartTest {
    private final Menu menu = MenuLoader.loadDefault();

    private OrderLine americano(String temperature, int quantity) {
        return OrderLineFactory.create(menu, "americano",
                Map.of("temperature", List.of(temperature), "size", List.of("regular")), quantity, Set.of());
    }

    private OrderLine cake(int quantity) {
        return OrderLineFactory.create(menu, "cheesecake", Map.of(), quantity, Set.of());
    }

    @Test
    void identicalLinesMerge() {
        Cart cart = new Cart();
        assertEquals(0, cart.add(americano("hot", 1)));
        assertEquals(1, cart.add(americano("iced", 1)));
        assertEquals(0, cart.add(americano("hot", 2)));
        assertEquals(2, cart.lines().size());
        assertEquals(3, cart.lines().get(0).quantity());
        assertEquals(4, cart.itemCount());
        assertEquals(4 * 4500, cart.total());
    }

    @Test
    void mergeBeyondTwentyIsRefusedAndChangesNothing() {
        Cart cart = new Cart();
        cart.add(americano("hot", 15));
        OrderLineException e = assertThrows(OrderLineException.class, () -> cart.add(americano("hot", 6)));
        assertEquals("quantity", e.field());
        assertEquals(15, cart.lines().get(0).quantity());
        cart.add(americano("hot", 5));
        assertEquals(20, cart.lines().get(0).quantity());
    }

    @Test
    void changeQuantityAndRemove() {
        Cart cart = new Cart();
        cart.add(americano("hot", 1));
        cart.add(cake(1));
        cart.changeQuantity(1, 3);
        assertEquals(4500 + 3 * 6500, cart.total());
        assertThrows(OrderLineException.class, () -> cart.changeQuantity(1, 0));
        assertThrows(OrderLineException.class, () -> cart.changeQuantity(1, 21));
        assertThrows(OrderLineException.class, () -> cart.changeQuantity(2, 1));
        assertEquals(3, cart.lines().get(1).quantity());
        assertEquals("cheesecake", cart.remove(1).itemId());
        assertEquals(4500, cart.total());
        assertThrows(OrderLineException.class, () -> cart.remove(-1));
        cart.remove(0);
        assertTrue(cart.isEmpty());
        assertEquals(0, cart.total());
        assertEquals(0, cart.vatPart());
    }

    @Test
    void linesIsACopy() {
        Cart cart = new Cart();
        cart.add(cake(1));
        assertThrows(UnsupportedOperationException.class, () -> cart.lines().clear());
    }

    @Test
    void vatIsIncludedAndRoundedHalfUp() {
        Cart cart = new Cart();
        cart.add(americano("hot", 1)); // 4,500: supply 4,090.9 -> 4,091, VAT 409
        assertEquals(4091, cart.supplyValue());
        assertEquals(409, cart.vatPart());
        cart.add(cake(1)); // 11,000: exactly 10,000 + 1,000
        assertEquals(10000, cart.supplyValue());
        assertEquals(1000, cart.vatPart());
        assertEquals(cart.total(), cart.supplyValue() + cart.vatPart());
    }

    @Test
    void vatRuleEdgeCases() {
        assertEquals(0, Vat.includedVat(0));
        assertEquals(1, Vat.supplyValue(1)); // 0.909 -> 1
        assertEquals(0, Vat.includedVat(1));
        assertEquals(5, Vat.supplyValue(6)); // 5.45 -> 5
        assertEquals(1, Vat.includedVat(6));
        assertEquals(5000, Vat.supplyValue(5500)); // exact
        assertEquals(455, Vat.includedVat(5000)); // 4,545.45 -> 4,545
        for (long total = 0; total < 50_000; total += 100) {
            long exactTimes11 = total * 10; // supply * 11 ~ total * 10
            long supply = Vat.supplyValue(total);
            assertTrue(Math.abs(supply * 11 - exactTimes11) <= 5, "rounded to the nearest won at " + total);
            assertEquals(total, supply + Vat.includedVat(total));
        }
        assertThrows(IllegalArgumentException.class, () -> Vat.supplyValue(-1));
    }

    @Test
    void toNewOrderNeedsLinesAndDining() {
        Cart cart = new Cart();
        assertEquals("lines", assertThrows(OrderLineException.class, () -> cart.toNewOrder("K1")).field());
        cart.add(cake(2));
        assertEquals("dining", assertThrows(OrderLineException.class, () -> cart.toNewOrder("K1")).field());
        cart.setDining(DiningOption.TAKEOUT);
        NewOrder order = cart.toNewOrder("K1");
        assertEquals("K1", order.kioskId());
        assertEquals(DiningOption.TAKEOUT, order.dining());
        assertEquals(13000, order.total());
        assertEquals(cart.lines(), order.lines());
        cart.clear();
        assertTrue(cart.isEmpty());
        assertNull(cart.dining());
        assertEquals(1, order.lines().size(), "the order does not change with the cart");
    }
}
