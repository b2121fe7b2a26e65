package com.brewline.kiosk.pay;

import com.brewline.model.OrderLine;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/**
 * What stopped the last attempt, for the pay screen's text: the provider's decline (its code picks the message,
 * {@link DeclineReasons}) or the cart's lines no longer sold. Cleared at every new attempt.
 */
public final class PayTrouble {
    private final StringProperty declineCode = new SimpleStringProperty();
    private final StringProperty declineMessage = new SimpleStringProperty();
    private final ObjectProperty<List<OrderLine>> soldOutLines = new SimpleObjectProperty<>(List.of());

    void clear() {
        declineCode.set(null);
        declineMessage.set(null);
    }

    void declined(String code, String providerMessage) {
        declineCode.set(code);
        declineMessage.set(providerMessage);
    }

    void soldOut(List<OrderLine> lines) {
        soldOutLines.set(lines);
    }

    public ReadOnlyStringProperty declineCodeProperty() {
        return declineCode;
    }

    /** The provider's own words (logged and kept for staff; the customer reads ours). */
    public ReadOnlyStringProperty declineMessageProperty() {
        return declineMessage;
    }

    /** The cart's lines found no longer sold before paying; the view names them in the customer's language. */
    public ReadOnlyObjectProperty<List<OrderLine>> soldOutLinesProperty() {
        return soldOutLines;
    }
}
