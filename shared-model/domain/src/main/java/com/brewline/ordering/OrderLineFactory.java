package com.brewline.ordering;

import com.brewline.model.ChosenOption;
import com.brewline.model.Menu;
import com.brewline.model.MenuItem;
import com.brewline.model.MenuOption;
import com.brewline.model.OptionGroup;
import com.brewline.model.OrderLine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes order lines from a customer's choices, checked against the menu, with names, unit price
 * (item price plus option deltas) and prep time frozen. Chosen options come out in the menu's order
 * (item's group order, then option order), so equal choices give equal lines whatever order they were tapped.
 */
public final class OrderLineFactory {
    private OrderLineFactory() {
    }

    /**
     * @param selections  group id to the chosen option ids of that group; a group left out means none chosen
     * @param soldOutItemIds the barista's sold-out items (from the store)
     * @throws OrderLineException naming the field when the item, an option or the quantity is not allowed
     */
    public static OrderLine create(Menu menu, String itemId, Map<String, List<String>> selections, int quantity,
                                   Set<String> soldOutItemIds) {
        MenuItem item = menu.item(itemId)
                .orElseThrow(() -> new OrderLineException("itemId", "no item \"" + itemId + "\" on the menu"));
        if (!item.available() || soldOutItemIds.contains(itemId)) {
            throw new OrderLineException("itemId", item.nameKo() + " (" + itemId + ") is sold out");
        }
        if (quantity < OrderLine.MIN_QUANTITY || quantity > OrderLine.MAX_QUANTITY) {
            throw new OrderLineException("quantity", "must be " + OrderLine.MIN_QUANTITY + ".." + OrderLine.MAX_QUANTITY
                    + ", was " + quantity);
        }
        Map<String, List<String>> chosen = selections == null ? Map.of() : selections;
        for (String groupId : chosen.keySet()) {
            if (!item.optionGroupIds().contains(groupId)) {
                throw new OrderLineException("options." + groupId, "item " + itemId + " has no option group \""
                        + groupId + "\" (it has " + item.optionGroupIds() + ")");
            }
        }
        List<ChosenOption> options = new ArrayList<>();
        long unitPrice = item.price();
        for (OptionGroup group : menu.optionGroupsOf(item)) {
            List<String> ids = chosen.getOrDefault(group.id(), List.of());
            List<MenuOption> picked = pick(group, ids == null ? List.of() : ids);
            for (MenuOption option : picked) {
                options.add(new ChosenOption(group.id(), option.id(), option.nameKo(), option.nameEn(), option.priceDelta()));
                unitPrice = Math.addExact(unitPrice, option.priceDelta());
            }
        }
        return new OrderLine(item.id(), item.nameKo(), item.nameEn(), options, quantity, unitPrice, item.prepSeconds(),
                item.categoryId());
    }

    /** The options a kiosk preselects: each group's default options (may leave a required group empty). */
    public static Map<String, List<String>> defaultSelections(Menu menu, String itemId) {
        MenuItem item = menu.item(itemId)
                .orElseThrow(() -> new OrderLineException("itemId", "no item \"" + itemId + "\" on the menu"));
        Map<String, List<String>> selections = new LinkedHashMap<>();
        for (OptionGroup group : menu.optionGroupsOf(item)) {
            selections.put(group.id(), group.options().stream().filter(MenuOption::isDefault).map(MenuOption::id).toList());
        }
        return selections;
    }

    private static List<MenuOption> pick(OptionGroup group, List<String> ids) {
        String field = "options." + group.id();
        Set<String> unique = new HashSet<>();
        for (String id : ids) {
            if (group.option(id).isEmpty()) {
                throw new OrderLineException(field, "no option \"" + id + "\" in " + group.nameEn());
            }
            if (!unique.add(id)) {
                throw new OrderLineException(field, "option \"" + id + "\" chosen twice");
            }
        }
        if (unique.size() < group.minSelect()) {
            throw new OrderLineException(field, group.nameEn() + " needs at least " + group.minSelect()
                    + " choice(s), got " + unique.size());
        }
        if (unique.size() > group.maxSelect()) {
            throw new OrderLineException(field, group.nameEn() + " allows at most " + group.maxSelect()
                    + " choice(s), got " + unique.size());
        }
        return group.options().stream().filter(o -> unique.contains(o.id())).toList();
    }
}
