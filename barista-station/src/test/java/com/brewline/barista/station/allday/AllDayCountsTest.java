package com.brewline.barista.station.allday;

import com.brewline.menu.MenuLoader;
import com.brewline.model.ChosenOption;
import com.brewline.model.DiningOption;
import com.brewline.model.Menu;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;
import com.brewline.model.OrderStatus;
import com.brewline.ordering.OrderLineFactory;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** "ICED 카페라떼 ×7, of which oat ×2": counts across open tickets, hot and iced apart, lines done left out. */
class AllDayCountsTest {
    private static final Menu MENU = MenuLoader.loadDefault();

    @Test
    void countsEachDrinkWithItsChangedOptions() {
        List<Order> open = List.of(
                order(1, line("cafe-latte", "iced", null, 3), line("cafe-latte", "iced", "oat", 2)),
                order(2, line("cafe-latte", "iced", null, 2), line("cafe-latte", "hot", null, 1)),
                order(3, line("americano", "iced", null, 1)));
        List<AllDayCounts.Row> rows = AllDayCounts.of(open, this::isDefault, true);
        AllDayCounts.Row icedLatte = rows.get(0);
        assertThat(icedLatte.item()).isEqualTo("카페라떼");
        assertThat(icedLatte.temperature()).isEqualTo(MENU.optionGroup("temperature").orElseThrow()
                .option("iced").orElseThrow().name(true));
        assertThat(icedLatte.count()).isEqualTo(7);
        assertThat(icedLatte.variants()).hasSize(1);
        assertThat(icedLatte.variants().get(0).count()).isEqualTo(2);
        assertThat(rows).extracting(AllDayCounts.Row::count).containsExactly(7, 1, 1);
    }

    @Test
    void linesCheckedOffAreNoLongerToMake() {
        Order o = order(1, line("cafe-latte", "iced", null, 3), line("americano", "hot", null, 1));
        List<Boolean> done = new ArrayList<>(o.linesDone());
        done.set(0, true);
        Order halfDone = withLinesDone(o, done);
        assertThat(AllDayCounts.of(List.of(halfDone), this::isDefault, true))
                .extracting(AllDayCounts.Row::item).containsExactly("아메리카노");
    }

    private boolean isDefault(ChosenOption c) {
        return MENU.optionGroup(c.groupId()).flatMap(g -> g.option(c.optionId())).map(o -> o.isDefault()).orElse(false);
    }

    private static OrderLine line(String item, String temperature, String milk, int quantity) {
        Map<String, List<String>> sel = new LinkedHashMap<>(OrderLineFactory.defaultSelections(MENU, item));
        sel.put("temperature", List.of(temperature));
        if (milk != null) {
            sel.put("milk", List.of(milk));
        }
        return OrderLineFactory.create(MENU, item, sel, quantity, Set.of());
    }

    private static Order order(int number, OrderLine... lines) {
        Instant t = Instant.parse("2026-11-23T09:00:00Z");
        List<Boolean> done = new ArrayList<>();
        long total = 0;
        for (OrderLine l : lines) {
            done.add(false);
            total += l.lineTotal();
        }
        return new Order(number, "pay-" + number, 1, number, OrderStatus.PAID, DiningOption.DINE_IN, "kiosk-1",
                List.of(lines), total, t, t, null, null, null, done);
    }

    private static Order withLinesDone(Order o, List<Boolean> done) {
        return new Order(o.id(), o.paymentOrderId(), o.businessDayId(), o.pickupNumber(), o.status(), o.dining(),
                o.kioskId(), o.lines(), o.total(), o.createdAt(), o.paidAt(), o.startedAt(), o.readyAt(),
                o.finishedAt(), done);
    }
}
