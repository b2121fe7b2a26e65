package com.brewline.office.menu;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** An option group (or another item, as a pairing) offered on the selected item, ticked when the item has it. */
public final class GroupChoice {
    private final String id;
    private final String label;
    private final BooleanProperty chosen = new SimpleBooleanProperty();

    GroupChoice(String id, String label, boolean on) {
        this.id = id;
        this.label = label;
        chosen.set(on);
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }
}
