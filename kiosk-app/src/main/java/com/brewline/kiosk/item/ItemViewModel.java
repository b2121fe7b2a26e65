package com.brewline.kiosk.item;

import com.brewline.kiosk.cart.CartViewModel;
import com.brewline.model.Menu;
import com.brewline.model.MenuItem;
import com.brewline.model.OptionGroup;
import com.brewline.model.OrderLine;
import com.brewline.ordering.OrderLineFactory;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.LongBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One item's options and quantity. Single-choice groups behave like radio buttons; a required
 * group must have its minimum picked; the quantity must be 1..20 and the item not sold out
 * before it can go into the cart.
 */
public final class ItemViewModel {
    private Menu menu;
    private final CartViewModel cart;
    private final ObjectProperty<MenuItem> item = new SimpleObjectProperty<>();
    private final ObservableList<OptionChoice> choices = FXCollections.observableArrayList(
            c -> new Observable[]{c.selectedProperty()});
    private final Map<OptionGroup, List<OptionChoice>> groups = new LinkedHashMap<>();
    private final IntegerProperty quantity = new SimpleIntegerProperty(1);
    private final BooleanProperty soldOut = new SimpleBooleanProperty();
    /** The group whose maximum the last tap went beyond (a third syrup), so the screen can say why. */
    private final ObjectProperty<OptionGroup> overLimit = new SimpleObjectProperty<>();
    private final LongBinding unitPrice;
    private final LongBinding total;
    private final ObjectBinding<OptionGroup> missingGroup;
    private final BooleanBinding quantityValid;
    private final BooleanBinding canAdd;
    private Runnable onAdded = () -> { };
    private Runnable onBack = () -> { };

    public ItemViewModel(Menu menu, CartViewModel cart) {
        this.menu = menu;
        this.cart = cart;
        unitPrice = Bindings.createLongBinding(() -> item.get() == null ? 0 : item.get().price()
                + choices.stream().filter(OptionChoice::selected).mapToLong(c -> c.option().priceDelta()).sum(),
                item, choices);
        total = Bindings.createLongBinding(() -> unitPrice.get() * Math.max(0, quantity.get()), unitPrice, quantity);
        missingGroup = Bindings.createObjectBinding(this::firstUnsatisfiedGroup, item, choices);
        quantityValid = Bindings.createBooleanBinding(() -> quantity.get() >= OrderLine.MIN_QUANTITY
                && quantity.get() <= OrderLine.MAX_QUANTITY, quantity);
        canAdd = item.isNotNull().and(missingGroup.isNull()).and(quantityValid).and(soldOut.not());
    }

    /** The menu the next item opens from (a new menu file, between customers: issue 13). */
    public void useMenu(Menu newMenu) {
        this.menu = java.util.Objects.requireNonNull(newMenu);
    }

    public void setOnAdded(Runnable onAdded) {
        this.onAdded = onAdded;
    }

    public void setOnBack(Runnable onBack) {
        this.onBack = onBack;
    }

    /** Shows an item with its default options; {@code soldOutNow} follows the barista's toggle. */
    public void open(MenuItem menuItem, ReadOnlyBooleanProperty soldOutNow) {
        soldOut.unbind();
        soldOut.bind(soldOutNow);
        groups.clear();
        List<OptionChoice> all = new ArrayList<>();
        for (OptionGroup group : menu.optionGroupsOf(menuItem)) {
            List<OptionChoice> inGroup = group.options().stream().map(o -> new OptionChoice(group, o)).toList();
            inGroup.forEach(c -> c.setSelected(c.option().isDefault()));
            groups.put(group, inGroup);
            all.addAll(inGroup);
        }
        quantity.set(1);
        overLimit.set(null);
        item.set(menuItem);
        choices.setAll(all);
    }

    /** No item open, nothing chosen (session end). */
    public void reset() {
        soldOut.unbind();
        soldOut.set(false);
        groups.clear();
        choices.clear();
        quantity.set(1);
        overLimit.set(null);
        item.set(null);
    }

    /** The open item's category picture (shown when the item's own cannot be), or null. */
    public String categoryImage() {
        MenuItem open = item.get();
        return open == null ? null : menu.categories().stream().filter(c -> c.id().equals(open.categoryId()))
                .map(com.brewline.model.Category::image).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    public ReadOnlyObjectProperty<OptionGroup> overLimitProperty() {
        return overLimit;
    }

    public ReadOnlyObjectProperty<MenuItem> itemProperty() {
        return item;
    }

    public Map<OptionGroup, List<OptionChoice>> groups() {
        return groups;
    }

    /**
     * Picks or unpicks an option, keeping the group's rules. A pick beyond the group's maximum
     * changes nothing and sets {@link #overLimitProperty()}. @return false when the tap changed nothing
     */
    public boolean toggle(OptionChoice choice) {
        OptionGroup group = choice.group();
        List<OptionChoice> inGroup = groups.get(group);
        if (inGroup == null || !inGroup.contains(choice)) {
            return false;
        }
        overLimit.set(null);
        long picked = inGroup.stream().filter(OptionChoice::selected).count();
        if (choice.selected()) {
            if (group.maxSelect() == 1 && group.isRequired()) {
                return false; // a required single choice is changed by picking another one
            }
            choice.setSelected(false);
            return true;
        }
        if (group.maxSelect() == 1) {
            inGroup.forEach(c -> c.setSelected(c == choice));
            return true;
        }
        if (picked >= group.maxSelect()) {
            overLimit.set(group);
            return false;
        }
        choice.setSelected(true);
        return true;
    }

    private OptionGroup firstUnsatisfiedGroup() {
        for (Map.Entry<OptionGroup, List<OptionChoice>> e : groups.entrySet()) {
            long picked = e.getValue().stream().filter(OptionChoice::selected).count();
            if (picked < e.getKey().minSelect()) {
                return e.getKey();
            }
        }
        return null;
    }

    public IntegerProperty quantityProperty() {
        return quantity;
    }

    public boolean increment() {
        if (quantity.get() >= OrderLine.MAX_QUANTITY) {
            return false;
        }
        quantity.set(quantity.get() + 1);
        return true;
    }

    public boolean decrement() {
        if (quantity.get() <= OrderLine.MIN_QUANTITY) {
            return false;
        }
        quantity.set(quantity.get() - 1);
        return true;
    }

    public LongBinding unitPriceProperty() {
        return unitPrice;
    }

    public LongBinding totalProperty() {
        return total;
    }

    /** The first required group not yet chosen, or null. */
    public ObjectBinding<OptionGroup> missingGroupProperty() {
        return missingGroup;
    }

    public BooleanBinding quantityValidProperty() {
        return quantityValid;
    }

    public ReadOnlyBooleanProperty soldOutProperty() {
        return soldOut;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    /** @return false (and nothing added) when a required choice is missing, the quantity is outside 1..20 or sold out */
    public boolean addToCart() {
        if (!canAdd.get()) {
            return false;
        }
        cart.add(buildLine());
        onAdded.run();
        return true;
    }

    public void back() {
        onBack.run();
    }

    OrderLine buildLine() {
        Map<String, List<String>> selections = new LinkedHashMap<>();
        groups.forEach((group, inGroup) -> selections.put(group.id(), inGroup.stream().filter(OptionChoice::selected)
                .map(c -> c.option().id()).toList()));
        // sold-out is checked by canAdd (live flag) and again before paying
        return OrderLineFactory.create(menu, item.get().id(), selections, quantity.get(), Set.of());
    }
}
