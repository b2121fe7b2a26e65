package com.brewline.kitchen;

import java.util.List;

/**
 * One place where part of an order is made (the espresso bar, the cold bar, the dessert counter), and
 * the menu categories whose items it makes. Set in the configuration ({@code stations}).
 */
public record Station(String id, String name, List<String> categoryIds) {
    public Station {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a station needs an id");
        }
        name = name == null || name.isBlank() ? id : name;
        categoryIds = List.copyOf(categoryIds);
    }
}
