package com.brewline.kiosk.testing;

import com.brewline.model.Menu;
import com.brewline.model.MenuOption;
import com.brewline.model.OptionGroup;
import com.brewline.model.OrderLine;
import com.brewline.ordering.OrderLineFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Cart lines as the item screen makes them with its default options. */
public final class Lines {
    private Lines() {
    }

    public static OrderLine withDefaults(Menu menu, String itemId) {
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        for (OptionGroup group : menu.optionGroupsOf(menu.item(itemId).orElseThrow())) {
            List<String> ids = group.options().stream().filter(MenuOption::isDefault).map(MenuOption::id).toList();
            if (!ids.isEmpty()) {
                chosen.put(group.id(), ids);
            }
        }
        return OrderLineFactory.create(menu, itemId, chosen, 1, Set.of());
    }
}
