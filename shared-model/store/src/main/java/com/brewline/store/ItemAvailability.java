package com.brewline.store;

import java.util.Set;

/** The barista's sold-out toggles, read by every kiosk. */
public interface ItemAvailability {
    void setSoldOut(String itemId, boolean soldOut, String actor);

    Set<String> soldOutItemIds();
}
