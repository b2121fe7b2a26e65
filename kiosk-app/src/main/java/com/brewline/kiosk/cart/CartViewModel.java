package com.brewline.kiosk.cart;

import com.brewline.model.DiningOption;
import com.brewline.model.NewOrder;
import com.brewline.model.OrderLine;
import com.brewline.model.Vat;
import com.brewline.model.WaitEstimate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.LongBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Objects;

/**
 * The customer's cart, shared by the menu, item, cart and pay screens. Lines are the domain's
 * {@link OrderLine}s (prices frozen when added); quantities stay within 1..20.
 */
public final class CartViewModel {
    private final ObservableList<OrderLine> lines = FXCollections.observableArrayList();
    /*
     * One read-only view for the cart's whole life. A fresh unmodifiable wrapper per call listens
     * to the lines only weakly: a view's listener on it stopped firing at the next garbage collection,
     * and the rows went stale while the total (bound to the lines) moved on (issue 9).
     */
    private final ObservableList<OrderLine> readOnlyLines = FXCollections.unmodifiableObservableList(lines);
    private final ObjectProperty<DiningOption> dining = new SimpleObjectProperty<>();
    private final LongBinding total = Bindings.createLongBinding(
            () -> lines.stream().mapToLong(OrderLine::lineTotal).sum(), lines);
    private final LongBinding vat = Bindings.createLongBinding(() -> Vat.includedVat(total.get()), total);
    private final IntegerBinding itemCount = Bindings.createIntegerBinding(
            () -> lines.stream().mapToInt(OrderLine::quantity).sum(), lines);
    private final BooleanBinding empty = Bindings.isEmpty(lines);
    private final BooleanBinding canPay = empty.not().and(dining.isNotNull());
    /** The wait before paying: orders ahead and minutes, null until first read (see QueueWaitViewModel). */
    private final ObjectProperty<WaitEstimate> waitEstimate = new SimpleObjectProperty<>();
    /** No live station: the wait cannot be known, whatever the queue says (the kiosk claims no more than it knows). */
    private final javafx.beans.property.BooleanProperty waitUnknown = new javafx.beans.property.SimpleBooleanProperty();
    private Runnable onPay = () -> { };
    private Runnable onMoreItems = () -> { };

    public void setOnPay(Runnable onPay) {
        this.onPay = onPay;
    }

    public void setOnMoreItems(Runnable onMoreItems) {
        this.onMoreItems = onMoreItems;
    }

    /** @return false (nothing happens) for an empty cart or without a dine-in/takeout choice */
    public boolean pay() {
        if (!canPay.get()) {
            return false;
        }
        onPay.run();
        return true;
    }

    public void moreItems() {
        onMoreItems.run();
    }

    public ObservableList<OrderLine> lines() {
        return readOnlyLines;
    }

    /** Adds a line, merged into an identical one (same item and options) while it stays within 20. */
    public void add(OrderLine line) {
        Objects.requireNonNull(line);
        for (int i = 0; i < lines.size(); i++) {
            OrderLine existing = lines.get(i);
            if (sameChoice(existing, line) && existing.quantity() + line.quantity() <= OrderLine.MAX_QUANTITY) {
                lines.set(i, existing.withQuantity(existing.quantity() + line.quantity()));
                return;
            }
        }
        lines.add(line);
    }

    private static boolean sameChoice(OrderLine a, OrderLine b) {
        return a.itemId().equals(b.itemId()) && a.options().equals(b.options()) && a.unitPrice() == b.unitPrice();
    }

    /** @return false when the change would leave 1..20 (nothing changes then) */
    public boolean changeQuantity(int index, int delta) {
        return setQuantity(index, lines.get(index).quantity() + delta);
    }

    public boolean setQuantity(int index, int quantity) {
        if (index < 0 || index >= lines.size() || quantity < OrderLine.MIN_QUANTITY || quantity > OrderLine.MAX_QUANTITY) {
            return false;
        }
        lines.set(index, lines.get(index).withQuantity(quantity));
        return true;
    }

    public void remove(int index) {
        if (index >= 0 && index < lines.size()) {
            lines.remove(index);
        }
    }

    public void clear() {
        lines.clear();
        dining.set(null);
    }

    public javafx.beans.property.ReadOnlyObjectProperty<WaitEstimate> waitEstimateProperty() {
        return waitEstimate;
    }

    void setWaitEstimate(WaitEstimate estimate) {
        waitEstimate.set(estimate);
    }

    public javafx.beans.property.ReadOnlyBooleanProperty waitUnknownProperty() {
        return waitUnknown;
    }

    void setWaitUnknown(boolean unknown) {
        waitUnknown.set(unknown);
    }

    public ObjectProperty<DiningOption> diningProperty() {
        return dining;
    }

    public LongBinding totalProperty() {
        return total;
    }

    public LongBinding vatProperty() {
        return vat;
    }

    public IntegerBinding itemCountProperty() {
        return itemCount;
    }

    public BooleanBinding emptyProperty() {
        return empty;
    }

    /** Lines present and dine-in/takeout chosen. */
    public BooleanBinding canPayProperty() {
        return canPay;
    }

    /** @throws IllegalStateException when the cart cannot be paid yet (empty, or no dining choice) */
    public NewOrder toNewOrder(String kioskId) {
        if (lines.isEmpty()) {
            throw new IllegalStateException("the cart is empty");
        }
        if (dining.get() == null) {
            throw new IllegalStateException("dine-in or takeout not chosen");
        }
        return new NewOrder(kioskId, dining.get(), lines);
    }
}
