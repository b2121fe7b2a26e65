package com.brewline.kiosk.item;

import com.brewline.model.MenuOption;
import com.brewline.model.OptionGroup;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One option on the item screen and whether it is picked. */
public final class OptionChoice {
    private final OptionGroup group;
    private final MenuOption option;
    private final BooleanProperty selected = new SimpleBooleanProperty();

    OptionChoice(OptionGroup group, MenuOption option) {
        this.group = group;
        this.option = option;
    }

    public OptionGroup group() {
        return group;
    }

    public MenuOption option() {
        return option;
    }

    public ReadOnlyBooleanProperty selectedProperty() {
        return selected;
    }

    public boolean selected() {
        return selected.get();
    }

    void setSelected(boolean value) {
        selected.set(value);
    }
}
