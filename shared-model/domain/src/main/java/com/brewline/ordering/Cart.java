package com.brewline.ordering;

import com.brewline.model.DiningOption;
import com.brewline.model.NewOrder;
import com.brewline.model.OrderLine;
import com.brewline.model.Vat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A customer's cart at the kiosk, before paying. Plain Java, not thread-safe: the kiosk's view model
 * owns one and mirrors it into its properties. Lines with the same item and options are merged.
 */
public final class Cart {
    private final List<OrderLine> lines = new ArrayList<>();
    private DiningOption dining;

    public Cart() {
    }

    public Cart(DiningOption dining) {
        this.dining = dining;
    }

    /**
     * Adds a line, or adds its quantity to an existing line with the same item, options and price.
     *
     * @return the index of the line that now holds it
     * @throws OrderLineException when the merged quantity would exceed {@link OrderLine#MAX_QUANTITY}; nothing changes
     */
    public int add(OrderLine line) {
        Objects.requireNonNull(line, "line");
        for (int i = 0; i < lines.size(); i++) {
            OrderLine existing = lines.get(i);
            if (sameChoice(existing, line)) {
                int merged = existing.quantity() + line.quantity();
                if (merged > OrderLine.MAX_QUANTITY) {
                    throw new OrderLineException("quantity", "at most " + OrderLine.MAX_QUANTITY + " of the same "
                            + existing.nameEn() + " per order (already " + existing.quantity() + " in the cart)");
                }
                lines.set(i, existing.withQuantity(merged));
                return i;
            }
        }
        lines.add(line);
        return lines.size() - 1;
    }

    /** @throws OrderLineException when quantity is outside 1..20 or the index is not a line; nothing changes */
    public void changeQuantity(int index, int quantity) {
        checkIndex(index);
        if (quantity < OrderLine.MIN_QUANTITY || quantity > OrderLine.MAX_QUANTITY) {
            throw new OrderLineException("quantity", "must be " + OrderLine.MIN_QUANTITY + ".."
                    + OrderLine.MAX_QUANTITY + ", was " + quantity);
        }
        lines.set(index, lines.get(index).withQuantity(quantity));
    }

    public OrderLine remove(int index) {
        checkIndex(index);
        return lines.remove(index);
    }

    public void clear() {
        lines.clear();
        dining = null;
    }

    public List<OrderLine> lines() {
        return List.copyOf(lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Number of things in the cart, counting quantities. */
    public int itemCount() {
        return lines.stream().mapToInt(OrderLine::quantity).sum();
    }

    /** The price to pay in won, VAT included. */
    public long total() {
        return lines.stream().mapToLong(OrderLine::lineTotal).sum();
    }

    /** The VAT included in {@link #total()}, by {@link Vat}'s rule. */
    public long vatPart() {
        return Vat.includedVat(total());
    }

    public long supplyValue() {
        return Vat.supplyValue(total());
    }

    /** Null until the customer chose eat-in or take-out. */
    public DiningOption dining() {
        return dining;
    }

    public void setDining(DiningOption dining) {
        this.dining = dining;
    }

    /** @throws OrderLineException when the cart is empty or no dining option was chosen */
    public NewOrder toNewOrder(String kioskId) {
        if (lines.isEmpty()) {
            throw new OrderLineException("lines", "the cart is empty");
        }
        if (dining == null) {
            throw new OrderLineException("dining", "choose eat-in or take-out first");
        }
        return new NewOrder(kioskId, dining, lines);
    }

    private static boolean sameChoice(OrderLine a, OrderLine b) {
        return a.itemId().equals(b.itemId()) && a.options().equals(b.options()) && a.unitPrice() == b.unitPrice();
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= lines.size()) {
            throw new OrderLineException("index", "no line " + index + " in a cart of " + lines.size());
        }
    }
}
