package com.brewline.kiosk.menu;

import com.brewline.model.MenuItem;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One tile on the menu: the item, its picture (a URL, or null when the menu has none), the
 * category's picture and icon to fall back on, and whether it is sold out right now.
 */
public final class MenuTile {
    private final MenuItem item;
    private final String imageUrl;
    private final String iconLiteral;
    private final String categoryImageUrl;
    private final BooleanProperty soldOut = new SimpleBooleanProperty();

    MenuTile(MenuItem item, String imageUrl, String categoryImageUrl, String iconLiteral) {
        this.item = item;
        this.imageUrl = imageUrl;
        this.categoryImageUrl = categoryImageUrl;
        this.iconLiteral = iconLiteral;
    }

    /** The category's picture: shown when the item's own is missing or cannot be read. */
    public String categoryImageUrl() {
        return categoryImageUrl;
    }

    public MenuItem item() {
        return item;
    }

    public String imageUrl() {
        return imageUrl;
    }

    public String iconLiteral() {
        return iconLiteral;
    }

    public ReadOnlyBooleanProperty soldOutProperty() {
        return soldOut;
    }

    public boolean soldOut() {
        return soldOut.get();
    }

    void setSoldOut(boolean value) {
        soldOut.set(value);
    }
}
