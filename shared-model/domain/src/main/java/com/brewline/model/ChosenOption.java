package com.brewline.model;

/** An option as chosen on an order line, its names and price frozen at order time. */
public record ChosenOption(String groupId, String optionId, String nameKo, String nameEn, long priceDelta) {
    public String name(boolean korean) {
        return korean ? nameKo : nameEn;
    }
}
