package com.brewline.model;

/** A group of items on the menu; its picture (a URL, or null) stands in for an item without one. */
public record Category(String id, String nameKo, String nameEn, String image) {
    public Category(String id, String nameKo, String nameEn) {
        this(id, nameKo, nameEn, null);
    }

    public String name(boolean korean) {
        return korean ? nameKo : nameEn;
    }
}
