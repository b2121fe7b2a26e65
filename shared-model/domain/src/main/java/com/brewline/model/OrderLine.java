package com.brewline.model;

import java.util.List;

/**
 * One line of an order. The unit price (item price plus option deltas), names and the item's menu
 * category are frozen from the menu when the line is made, so later menu changes never alter a placed
 * order nor move it to another station. {@code categoryId} is null for lines made without a menu
 * (they go to the first station).
 */
public record OrderLine(String itemId, String nameKo, String nameEn, List<ChosenOption> options, int quantity,
                        long unitPrice, int prepSeconds, String categoryId) {
    public static final int MIN_QUANTITY = 1;
    public static final int MAX_QUANTITY = 20;

    public OrderLine {
        options = List.copyOf(options);
        if (quantity < MIN_QUANTITY || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity of " + itemId + " must be " + MIN_QUANTITY + ".."
                    + MAX_QUANTITY + ", was " + quantity);
        }
        if (unitPrice < 0) {
            throw new IllegalArgumentException("unit price of " + itemId + " must not be negative: " + unitPrice);
        }
    }

    /** A line with no known category (made without a menu). */
    public OrderLine(String itemId, String nameKo, String nameEn, List<ChosenOption> options, int quantity,
                     long unitPrice, int prepSeconds) {
        this(itemId, nameKo, nameEn, options, quantity, unitPrice, prepSeconds, null);
    }

    public long lineTotal() {
        return unitPrice * quantity;
    }

    public OrderLine withQuantity(int newQuantity) {
        return new OrderLine(itemId, nameKo, nameEn, options, newQuantity, unitPrice, prepSeconds, categoryId);
    }

    public String name(boolean korean) {
        return korean ? nameKo : nameEn;
    }
}
