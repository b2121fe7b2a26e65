package com.brewline.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The allergens Korean food labelling names (식품 등의 표시·광고에 관한 법률 시행규칙 별표 2), which chains
 * of 50 stores or more must show. A menu file names them by code: "milk", "wheat", "pine-nut" ...
 */
public enum Allergen {
    EGG, MILK, BUCKWHEAT, PEANUT, SOY, WHEAT, MACKEREL, CRAB, SHRIMP, PORK, PEACH, TOMATO, SULFITE, WALNUT,
    CHICKEN, BEEF, SQUID, SHELLFISH, PINE_NUT;

    /** The code in a menu file: lower case with '-', e.g. {@code pine-nut}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Allergen> ofCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code().equals(code)).findFirst();
    }
}
