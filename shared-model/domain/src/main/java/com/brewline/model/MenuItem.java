package com.brewline.model;

import java.util.List;

/**
 * A thing on the menu. {@code available} is the menu file's own flag; a barista's sold-out
 * toggle lives in the store and is applied on top of it.
 */
public record MenuItem(String id, String categoryId, String nameKo, String nameEn, long price, int prepSeconds,
                       String image, boolean available, List<String> optionGroupIds) {
    public MenuItem {
        optionGroupIds = List.copyOf(optionGroupIds);
    }

    public String name(boolean korean) {
        return korean ? nameKo : nameEn;
    }
}
