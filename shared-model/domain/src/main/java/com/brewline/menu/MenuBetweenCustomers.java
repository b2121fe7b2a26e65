package com.brewline.menu;

import com.brewline.model.Menu;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A kiosk's menu: a new one (from a {@link MenuSource}, on any thread) waits until the kiosk is between
 * customers, so a customer halfway through an order never sees prices or items change under them.
 * The kiosk calls {@link #applyIfWaiting()} when a customer is done (paid, started over, timed out).
 */
public final class MenuBetweenCustomers {
    private final AtomicReference<Menu> waiting = new AtomicReference<>();
    private volatile Menu inUse;

    public MenuBetweenCustomers(Menu first) {
        this.inUse = Objects.requireNonNull(first);
    }

    /** The menu the current customer is shown. */
    public Menu inUse() {
        return inUse;
    }

    /** A newer menu; replaces one still waiting. Safe from any thread. */
    public void offer(Menu newer) {
        waiting.set(Objects.requireNonNull(newer));
    }

    public boolean isWaiting() {
        return waiting.get() != null;
    }

    /** Between customers: the waiting menu becomes the one in use, and is returned (empty when none waited). */
    public Optional<Menu> applyIfWaiting() {
        Menu next = waiting.getAndSet(null);
        if (next == null) {
            return Optional.empty();
        }
        inUse = next;
        return Optional.of(next);
    }
}
