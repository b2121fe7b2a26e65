package com.brewline.model;

public record Category(String id, String nameKo, String nameEn) {
    public String name(boolean korean) {
        return korean ? nameKo : nameEn;
    }
}
