package com.brewline.model;

import java.util.List;

/**
 * A thing on the menu. {@code available} is the menu file's own flag; a barista's sold-out
 * toggle lives in the store and is applied on top of it. What is in the cup (description,
 * calories, caffeine, allergens) is optional: null or empty when the menu does not say. {@code pairings}
 * are the ids of items it goes with (a dessert with a coffee), for the kiosk's one suggestion per order.
 */
public record MenuItem(String id, String categoryId, String nameKo, String nameEn, long price, int prepSeconds,
                       String image, boolean available, List<String> optionGroupIds, String descriptionKo,
                       String descriptionEn, Integer calories, Integer caffeineMg, List<Allergen> allergens,
                       List<String> pairings) {
    public MenuItem {
        optionGroupIds = List.copyOf(optionGroupIds);
        allergens = allergens == null ? List.of() : List.copyOf(allergens);
        pairings = pairings == null ? List.of() : List.copyOf(pairings);
    }

    /** An item that names no pairings. */
    public MenuItem(String id, String categoryId, String nameKo, String nameEn, long price, int prepSeconds,
                    String image, boolean available, List<String> optionGroupIds, String descriptionKo,
                    String descriptionEn, Integer calories, Integer caffeineMg, List<Allergen> allergens) {
        this(id, categoryId, nameKo, nameEn, price, prepSeconds, image, available, optionGroupIds, descriptionKo,
                descriptionEn, calories, caffeineMg, allergens, List.of());
    }

    public MenuItem(String id, String categoryId, String nameKo, String nameEn, long price, int prepSeconds,
                    String image, boolean available, List<String> optionGroupIds) {
        this(id, categoryId, nameKo, nameEn, price, prepSeconds, image, available, optionGroupIds, null, null, null,
                null, List.of(), List.of());
    }

    public String name(boolean korean) {
        return korean ? nameKo : nameEn;
    }

    /** The one-line description in the language, or null. */
    public String description(boolean korean) {
        return korean || descriptionEn == null ? descriptionKo : descriptionEn;
    }
}
