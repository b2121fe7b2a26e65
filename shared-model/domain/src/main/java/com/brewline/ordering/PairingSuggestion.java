package com.brewline.ordering;

import com.brewline.model.Menu;
import com.brewline.model.MenuItem;
import com.brewline.model.OrderLine;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kiosk's one gentle suggestion per order (issue 11), from the menu's {@code pairings}: when the newest
 * line whose item names pairings is in a cart that holds nothing of the paired items' kind (a coffee and no
 * dessert), the first paired item still sold is offered. At most one offer per order, whatever the customer
 * does with it (added or dismissed); none in easy mode, where every extra step costs more than it gives.
 * One instance per kiosk, used on one thread; {@link #reset()} when the customer is done.
 */
public final class PairingSuggestion {
    private boolean offered;

    /**
     * The item to offer now, if any; an offer made spends this order's one suggestion.
     *
     * @param soldOut  the barista's sold-out items (from the store)
     * @param easyMode the customer chose easy mode: never an offer
     */
    public Optional<MenuItem> next(Menu menu, List<OrderLine> lines, Collection<String> soldOut, boolean easyMode) {
        if (offered || easyMode || lines.isEmpty()) {
            return Optional.empty();
        }
        Optional<MenuItem> offer = pick(menu, lines, soldOut);
        offer.ifPresent(item -> offered = true);
        return offer;
    }

    /** Whether this order's one suggestion was already made. */
    public boolean offered() {
        return offered;
    }

    /** The next customer may be offered one again. */
    public void reset() {
        offered = false;
    }

    /** The rule itself, without the once-per-order bookkeeping. */
    static Optional<MenuItem> pick(Menu menu, List<OrderLine> lines, Collection<String> soldOut) {
        Set<String> inCart = lines.stream().map(OrderLine::itemId).collect(Collectors.toSet());
        Set<String> categoriesInCart = lines.stream().map(l -> menu.item(l.itemId()).map(MenuItem::categoryId)
                .orElse(l.categoryId())).filter(c -> c != null).collect(Collectors.toSet());
        for (int i = lines.size() - 1; i >= 0; i--) {
            Optional<MenuItem> item = menu.item(lines.get(i).itemId());
            if (item.isEmpty() || item.get().pairings().isEmpty()) {
                continue;
            }
            List<MenuItem> paired = item.get().pairings().stream().map(menu::item).flatMap(Optional::stream).toList();
            boolean hasOne = paired.stream().anyMatch(p -> inCart.contains(p.id()) || categoriesInCart.contains(p.categoryId()));
            if (hasOne) {
                return Optional.empty(); // the customer already has what we would suggest: not a word more
            }
            return paired.stream().filter(p -> p.available() && !soldOut.contains(p.id())).findFirst();
        }
        return Optional.empty();
    }
}
