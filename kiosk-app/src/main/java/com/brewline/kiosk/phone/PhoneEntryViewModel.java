package com.brewline.kiosk.phone;

import com.brewline.model.PhoneNumber;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.Optional;

/**
 * The optional phone number at the cart (issue 14): digits typed on the kiosk's pad, and the customer's
 * consent to messages about this order. A number is handed on only when it is a Korean mobile number AND
 * the consent box is ticked; it is forgotten when the session ends. Offered only when the shop sends
 * messages.
 */
public final class PhoneEntryViewModel {
    private static final int MAX_DIGITS = 11;

    private final ReadOnlyStringWrapper digits = new ReadOnlyStringWrapper("");
    private final BooleanProperty consent = new SimpleBooleanProperty();
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper offered;
    private final ReadOnlyStringWrapper display = new ReadOnlyStringWrapper("");

    public PhoneEntryViewModel(boolean offered) {
        this.offered = new ReadOnlyBooleanWrapper(offered);
        valid.bind(Bindings.createBooleanBinding(() -> PhoneNumber.parse(digits.get()).isPresent(), digits));
        // 11 digits typed, or 10 that already make a number: time to say whether it is one
        complete.bind(Bindings.createBooleanBinding(() -> digits.get().length() == MAX_DIGITS
                || (digits.get().length() == 10 && valid.get()), digits, valid));
        display.bind(Bindings.createStringBinding(() -> grouped(digits.get()), digits));
    }

    public void digit(int d) {
        if (d < 0 || d > 9 || digits.get().length() >= MAX_DIGITS) {
            return;
        }
        digits.set(digits.get() + d);
    }

    public void backspace() {
        String s = digits.get();
        if (!s.isEmpty()) {
            digits.set(s.substring(0, s.length() - 1));
        }
    }

    /** The session ended or the customer changed their mind: nothing of the number is kept. */
    public void clear() {
        digits.set("");
        consent.set(false);
        open.set(false);
    }

    /** The number to send messages to: only a valid number with consent. */
    public Optional<PhoneNumber> phone() {
        return consent.get() ? PhoneNumber.parse(digits.get()) : Optional.empty();
    }

    /** 010-1234-5678 as the customer types it (their own number, on their own screen). */
    static String grouped(String d) {
        if (d.length() <= 3) {
            return d;
        }
        int middleEnd = d.length() <= 7 ? d.length() : d.length() == 10 ? 6 : 7;
        String head = d.substring(0, 3) + "-" + d.substring(3, Math.min(middleEnd, d.length()));
        return d.length() > middleEnd ? head + "-" + d.substring(middleEnd) : head;
    }

    public ReadOnlyStringProperty digitsProperty() {
        return digits.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty displayProperty() {
        return display.getReadOnlyProperty();
    }

    /** The panel is unfolded (the customer touched "get updates"). */
    public BooleanProperty openProperty() {
        return open;
    }

    public BooleanProperty consentProperty() {
        return consent;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Typed as far as a number goes: a wrong number can now be called wrong. */
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty offeredProperty() {
        return offered.getReadOnlyProperty();
    }
}
