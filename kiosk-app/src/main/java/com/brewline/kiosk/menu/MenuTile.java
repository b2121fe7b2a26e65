package com.brewline.kiosk.menu;

import com.brewline.model.MenuItem;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One tile on the menu: the item, its picture (a URL, or null when the menu has none: then the
 * category's icon literal is shown), and whether it is sold out right now.
 */
public final class MenuTile {
    private final MenuItem item;
    private final String imageUrl;
    private final String iconLiteral;
    private final BooleanProperty soldOut = new SimpleBooleanProperty();

    MenuTile(MenuItem item, String imageUrl, String iconLiteral) {
        this.item = item;
        this.imageUrl = imageUrl;
        this.iconLiteral = iconLiteral;
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
