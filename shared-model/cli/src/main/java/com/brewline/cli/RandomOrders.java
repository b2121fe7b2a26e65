package com.brewline.cli;

import com.brewline.model.DiningOption;
import com.brewline.model.Menu;
import com.brewline.model.MenuItem;
import com.brewline.model.MenuOption;
import com.brewline.model.NewOrder;
import com.brewline.model.OptionGroup;
import com.brewline.model.OrderLine;
import com.brewline.ordering.Cart;
import com.brewline.ordering.OrderLineFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Orders the way a cafe's customers place them: mostly one or two drinks, coffee far more often than
 * anything else, defaults usually kept, an extra now and then. Reproducible for a given seed.
 */
final class RandomOrders {
    /** How often a category is picked, relative to the others; unknown categories weigh 1. */
    private static final Map<String, Integer> CATEGORY_WEIGHT = Map.of(
            "coffee", 10, "non-coffee", 3, "tea", 2, "ade-smoothie", 2, "dessert", 3);

    private final Menu menu;
    private final Random random;

    RandomOrders(Menu menu, long seed) {
        this.menu = menu;
        this.random = new Random(seed);
    }

    /** A new order of items not sold out. */
    NewOrder next(String kioskId, Set<String> soldOutItemIds) {
        List<MenuItem> orderable = menu.items().stream()
                .filter(i -> i.available() && !soldOutItemIds.contains(i.id())).toList();
        if (orderable.isEmpty()) {
            throw new CliException("every item on the menu is sold out or unavailable: no order can be placed");
        }
        Cart cart = new Cart(random.nextInt(10) < 6 ? DiningOption.TAKEOUT : DiningOption.DINE_IN);
        int lines = pick(new int[]{60, 28, 9, 3}) + 1;
        for (int i = 0; i < lines; i++) {
            MenuItem item = pickItem(orderable);
            int quantity = pick(new int[]{85, 11, 3, 1}) + 1;
            OrderLine line = OrderLineFactory.create(menu, item.id(), choose(item), quantity, soldOutItemIds);
            try {
                cart.add(line);
            } catch (IllegalArgumentException tooManyOfOne) {
                // already 20 of this exact drink in the order: a customer would stop there too
            }
        }
        return cart.toNewOrder(kioskId);
    }

    private MenuItem pickItem(List<MenuItem> items) {
        int total = items.stream().mapToInt(this::weight).sum();
        int r = random.nextInt(total);
        for (MenuItem item : items) {
            r -= weight(item);
            if (r < 0) {
                return item;
            }
        }
        return items.get(items.size() - 1);
    }

    private int weight(MenuItem item) {
        int weight = CATEGORY_WEIGHT.getOrDefault(item.categoryId(), 1);
        // the two drinks every Korean cafe sells most
        return item.id().equals("americano") || item.id().equals("cafe-latte") ? weight * 4 : weight;
    }

    private Map<String, List<String>> choose(MenuItem item) {
        Map<String, List<String>> selections = new LinkedHashMap<>();
        for (OptionGroup group : menu.optionGroupsOf(item)) {
            List<String> defaults = group.options().stream().filter(MenuOption::isDefault).map(MenuOption::id).toList();
            boolean keepDefaults = group.isRequired() ? random.nextInt(10) < 5 : random.nextInt(10) < 7;
            if (keepDefaults && defaults.size() >= group.minSelect()) {
                selections.put(group.id(), defaults);
                continue;
            }
            int count = group.minSelect() + random.nextInt(group.maxSelect() - group.minSelect() + 1);
            List<MenuOption> shuffled = new ArrayList<>(group.options());
            java.util.Collections.shuffle(shuffled, random);
            selections.put(group.id(), shuffled.subList(0, count).stream().map(MenuOption::id).toList());
        }
        return selections;
    }

    /** An index drawn with the given relative weights. */
    private int pick(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
