package com.brewline.screens;

import com.brewline.model.Menu;
import com.brewline.payment.RefundService;
import com.brewline.store.BrewlineStore;

import java.time.Clock;
import java.util.List;

/**
 * Everything a station or a pickup board is built from, passed by constructor (no DI framework).
 * {@code owned} are closed with the context (the store, a provider client...), last opened first.
 */
public record DisplayContext(BrewlineStore store, RefundService refunds, Menu menu, DisplaySettings settings,
                             Clock clock, List<AutoCloseable> owned) implements AutoCloseable {
    public DisplayContext {
        owned = List.copyOf(owned);
    }

    /** The same context, also closing {@code more} (last opened, first closed). */
    public DisplayContext with(AutoCloseable more) {
        List<AutoCloseable> all = new java.util.ArrayList<>(owned);
        all.add(more);
        return new DisplayContext(store, refunds, menu, settings, clock, all);
    }

    @Override
    public void close() {
        for (int i = owned.size() - 1; i >= 0; i--) {
            try {
                owned.get(i).close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(DisplayContext.class).warn("closing {} failed", owned.get(i), e);
            }
        }
    }
}
