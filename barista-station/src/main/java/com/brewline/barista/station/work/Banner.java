package com.brewline.barista.station.work;

import com.brewline.model.OrderStatus;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.concurrent.Executor;

/**
 * The station's one-line banner ("#1 recalled", "#3 cancelled"). It stays until the barista reads
 * it (taps it or its OK button), a newer one replaces it, or, for a banner about one order, that
 * order moves on (its status is no longer the one the banner spoke of).
 */
public final class Banner {
    private final Executor fx;
    private final Runnable requestReload;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    /** The order the banner on screen is about, if any; read on the database thread. */
    private volatile About about;

    /** An order and the status the banner spoke of. */
    public record About(String text, long orderId, OrderStatus status) {
    }

    Banner(Executor fx, Runnable requestReload) {
        this.fx = fx;
        this.requestReload = requestReload;
    }

    /** On the FX thread: a banner about nothing in particular. */
    public void show(String message) {
        about = null;
        text.set(message);
    }

    /** From any thread: a banner that goes by itself once the order leaves {@code status}. */
    public void showAbout(String message, long orderId, OrderStatus status) {
        fx.execute(() -> {
            about = new About(message, orderId, status);
            text.set(message);
            requestReload.run(); // the order may have moved on already
        });
    }

    /** The barista read it. */
    public void dismiss() {
        about = null;
        text.set("");
    }

    /** For the reload (database thread): the order to look up, or null. */
    public About watched() {
        return about;
    }

    /** On the FX thread, with what the reload found: clears the banner if its order has moved on. */
    public void orderNow(About watched, OrderStatus statusNow) {
        if (watched != null && watched == about && statusNow != watched.status() && watched.text().equals(text.get())) {
            dismiss();
        }
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String text() {
        return text.get();
    }
}
