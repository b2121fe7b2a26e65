package com.brewline.kiosk.suggest;

import com.brewline.kiosk.cart.CartViewModel;
import com.brewline.kiosk.common.Background;
import com.brewline.model.Menu;
import com.brewline.model.MenuItem;
import com.brewline.model.MenuOption;
import com.brewline.model.OptionGroup;
import com.brewline.model.OrderLine;
import com.brewline.ordering.OrderLineFactory;
import com.brewline.ordering.PairingSuggestion;
import com.brewline.store.BrewlineStore;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The one gentle suggestion per order (issue 11): when the cart changes, the domain's {@link PairingSuggestion}
 * decides (from the menu's pairings, the barista's sold-out list read off the FX thread, and whether the customer
 * is in easy mode) whether to offer one item; the cart screen shows it as a small card with an add button and a
 * dismiss button. Whatever the customer does, no second suggestion comes in this order.
 */
public final class SuggestViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SuggestViewModel.class);

    private final CartViewModel cart;
    private final Supplier<Menu> menu;
    private final BrewlineStore store;
    private final Background background;
    private final BooleanSupplier easyMode;
    private final PairingSuggestion once = new PairingSuggestion();
    private final ObjectProperty<MenuItem> offer = new SimpleObjectProperty<>();
    private int generation;

    /**
     * @param menu     the menu the customer is shown
     * @param easyMode whether the customer is in easy mode (no suggestion then)
     */
    public SuggestViewModel(CartViewModel cart, Supplier<Menu> menu, BrewlineStore store, Background background,
                            BooleanSupplier easyMode) {
        this.cart = cart;
        this.menu = menu;
        this.store = store;
        this.background = background;
        this.easyMode = easyMode;
        cart.lines().addListener((ListChangeListener<OrderLine>) c -> cartChanged());
    }

    /** Whether this order's one suggestion was made. */
    public boolean offered() {
        return once.offered();
    }

    /** The item offered now (null: none). */
    public ReadOnlyObjectProperty<MenuItem> offerProperty() {
        return offer;
    }

    private void cartChanged() {
        MenuItem shown = offer.get();
        if (shown != null && (cart.lines().isEmpty() || cart.lines().stream().anyMatch(l -> {
            MenuItem it = menu.get().item(l.itemId()).orElse(null);
            return it != null && it.categoryId().equals(shown.categoryId());
        }))) {
            offer.set(null); // the customer took one of that kind themselves: the card goes
        }
        if (once.offered() || cart.lines().isEmpty() || easyMode.getAsBoolean()) {
            return;
        }
        int asked = ++generation;
        background.run(() -> store.availability().soldOutItemIds(), soldOut -> {
            if (asked == generation) {
                decide(soldOut);
            }
        }, error -> LOG.warn("no suggestion: could not read the sold-out items: {}", error.toString()));
    }

    private void decide(Set<String> soldOut) {
        once.next(menu.get(), List.copyOf(cart.lines()), soldOut, easyMode.getAsBoolean()).ifPresent(item -> {
            LOG.info("suggesting {} with this order", item.id());
            offer.set(item);
        });
    }

    /** Puts the offered item into the cart with its default options. @return false when nothing was added */
    public boolean add() {
        MenuItem item = offer.get();
        if (item == null) {
            return false;
        }
        offer.set(null);
        try {
            cart.add(OrderLineFactory.create(menu.get(), item.id(), defaults(menu.get(), item), 1, Set.of()));
            return true;
        } catch (RuntimeException e) { // an option to choose first, or gone from the menu: never a guess
            LOG.warn("the suggested {} could not be added as it is: {}", item.id(), e.getMessage());
            return false;
        }
    }

    public void dismiss() {
        offer.set(null);
    }

    /** A new customer: one suggestion again. */
    public void reset() {
        generation++;
        once.reset();
        offer.set(null);
    }

    private static Map<String, List<String>> defaults(Menu menu, MenuItem item) {
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        for (OptionGroup group : menu.optionGroupsOf(item)) {
            List<String> ids = group.options().stream().filter(MenuOption::isDefault).map(MenuOption::id).toList();
            if (!ids.isEmpty()) {
                chosen.put(group.id(), ids);
            }
        }
        return chosen;
    }
}
