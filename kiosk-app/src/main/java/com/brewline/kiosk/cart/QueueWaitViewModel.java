package com.brewline.kiosk.cart;

import com.brewline.kiosk.common.Background;
import com.brewline.model.OrderLine;
import com.brewline.model.WaitEstimate;
import com.brewline.store.BrewlineStore;
import javafx.collections.ListChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/**
 * Keeps the cart's wait estimate current before paying: reads the open orders off the FX thread
 * whenever the cart changes or any process commits (the change feed), one reading at a time.
 */
public final class QueueWaitViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(QueueWaitViewModel.class);

    private final BrewlineStore store;
    private final Background background;
    private final CartViewModel cart;
    private final int baristas;
    private final Clock clock;
    private final AutoCloseable subscription;
    private boolean reading;
    private boolean again;

    public QueueWaitViewModel(BrewlineStore store, Background background, CartViewModel cart, int baristas, Clock clock) {
        this.store = store;
        this.background = background;
        this.cart = cart;
        this.baristas = baristas;
        this.clock = clock;
        cart.lines().addListener((ListChangeListener<OrderLine>) c -> refresh());
        this.subscription = store.changes().subscribe(() -> background.runOnUi(this::refresh));
        refresh();
    }

    /** Reads the queue again (FX thread); a reading asked for while one runs follows it. */
    public void refresh() {
        if (reading) {
            again = true;
            return;
        }
        reading = true;
        List<OrderLine> lines = List.copyOf(cart.lines());
        background.run(() -> WaitEstimate.forNewOrder(store.orders().openTickets(), lines, baristas, clock.instant()),
                estimate -> {
                    done();
                    cart.setWaitEstimate(estimate);
                }, error -> {
                    done();
                    LOG.warn("could not estimate the wait: {}", error.toString());
                });
    }

    private void done() {
        reading = false;
        if (again) {
            again = false;
            refresh();
        }
    }

    @Override
    public void close() throws Exception {
        subscription.close();
    }
}
