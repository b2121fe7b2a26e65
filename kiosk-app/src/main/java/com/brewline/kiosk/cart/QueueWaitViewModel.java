package com.brewline.kiosk.cart;

import com.brewline.kiosk.common.Background;
import com.brewline.model.OrderLine;
import com.brewline.model.WaitEstimate;
import com.brewline.ordering.WaitEstimator;
import com.brewline.store.BrewlineStore;
import com.brewline.watch.KioskGate;
import javafx.collections.ListChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Keeps the cart's wait estimate current before paying: asks the kiosk gate ({@link KioskGate#estimateFor},
 * the domain's {@link WaitEstimator}: preparation minutes per station, shared among its live processes, the
 * slowest station the order needs) off the FX thread whenever the cart changes or any process commits (the
 * change feed), one reading at a time. A failed reading leaves the estimate unknown, never a stale number.
 */
public final class QueueWaitViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(QueueWaitViewModel.class);

    private final KioskGate gate;
    private final Background background;
    private final CartViewModel cart;
    private final AutoCloseable subscription;
    private boolean reading;
    private boolean again;

    public QueueWaitViewModel(KioskGate gate, BrewlineStore store, Background background, CartViewModel cart) {
        this.gate = gate;
        this.background = background;
        this.cart = cart;
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
        background.run(() -> {
            if (gate.watch().noStationAlive()) {
                return null; // no station at work: no wait can be promised
            }
            WaitEstimator.Estimate e = gate.estimateFor(lines);
            return new WaitEstimate(e.ordersAhead(), e.waitTime());
        }, estimate -> {
            done();
            cart.setWaitUnknown(estimate == null);
            cart.setWaitEstimate(estimate);
        }, error -> {
            done();
            cart.setWaitUnknown(false);
            cart.setWaitEstimate(null); // unknown: the screens say so rather than show an old number
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
