package com.brewline.office.menu;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * An option group (or another item, as a pairing) offered on the selected item, ticked when the item has it. Its
 * label is the element's name in the menu as it is now: the editors set it again after every edit, so a check box
 * bound to it follows a rename at once (not only when another item is selected).
 */
public final class GroupChoice {
    private final String id;
    private final ReadOnlyStringWrapper label;
    private final BooleanProperty chosen = new SimpleBooleanProperty();

    GroupChoice(String id, String label, boolean on) {
        this.id = id;
        this.label = new ReadOnlyStringWrapper(label);
        chosen.set(on);
    }

    public String id() {
        return id;
    }

    public String label() {
        return label.get();
    }

    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    /** The element's name now (renamed in the menu). */
    void relabel(String now) {
        label.set(now);
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }
}
