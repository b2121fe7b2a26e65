package com.brewline.kiosk.menu;

import com.brewline.model.Category;

import java.util.Locale;

/** An Ikonli Material icon for a category, used when an item has no picture. */
final class CategoryIcons {
    private CategoryIcons() {
    }

    static String literalFor(Category category) {
        String id = (category.id() + " " + category.nameEn()).toLowerCase(Locale.ROOT);
        if (id.contains("tea")) {
            return "mdal-emoji_food_beverage";
        }
        if (id.contains("dessert") || id.contains("bakery") || id.contains("food") || id.contains("cake")) {
            return "mdal-free_breakfast";
        }
        if (id.contains("ade") || id.contains("juice") || id.contains("smoothie") || id.contains("non")
                || id.contains("beverage") || id.contains("drink")) {
            return "mdal-local_drink";
        }
        return "mdal-local_cafe";
    }
}
