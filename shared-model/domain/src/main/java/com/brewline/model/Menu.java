package com.brewline.model;

import java.util.List;
import java.util.Optional;

/** A validated menu: every id unique, every reference resolved, every price and prep time sane. */
public record Menu(String storeNameKo, String storeNameEn, List<Category> categories, List<OptionGroup> optionGroups,
                   List<MenuItem> items) {
    public Menu {
        categories = List.copyOf(categories);
        optionGroups = List.copyOf(optionGroups);
        items = List.copyOf(items);
    }

    public Optional<MenuItem> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public Optional<OptionGroup> optionGroup(String groupId) {
        return optionGroups.stream().filter(g -> g.id().equals(groupId)).findFirst();
    }

    public List<MenuItem> itemsIn(String categoryId) {
        return items.stream().filter(i -> i.categoryId().equals(categoryId)).toList();
    }

    /** The option groups of an item, in the item's order. */
    public List<OptionGroup> optionGroupsOf(MenuItem item) {
        return item.optionGroupIds().stream().map(id -> optionGroup(id).orElseThrow()).toList();
    }
}
