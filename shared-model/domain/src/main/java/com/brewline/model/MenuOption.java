package com.brewline.model;

/** One choice inside an option group, e.g. "Large" (+500 won). */
public record MenuOption(String id, String nameKo, String nameEn, long priceDelta, boolean isDefault) {
    public String name(boolean korean) {
        return korean ? nameKo : nameEn;
    }
}
