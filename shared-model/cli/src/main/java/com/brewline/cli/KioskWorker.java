package com.brewline.cli;

import com.brewline.model.Menu;
import com.brewline.model.NewOrder;
import com.brewline.model.Order;
import com.brewline.store.BrewlineStore;

import java.util.Set;

/** One simulated kiosk: places random orders from the menu and pays each through its {@link KioskPayer}. */
final class KioskWorker {
    /** Sold-out toggles are re-read now and then, as a kiosk would on a change. */
    private static final int SOLD_OUT_REFRESH_EVERY = 20;

    interface Listener {
        /** The order is committed as paid; {@code committedAtMillis} is the wall clock just after the commit. */
        void placed(Order order, long committedAtMillis);

        void paymentFailed(String reason);
    }

    record Result(String kioskId, int placed, int paymentFailed, long startMillis, long endMillis, long paidCommitNanos) {
        long elapsedMillis() {
            return Math.max(1, endMillis - startMillis);
        }
    }

    private final BrewlineStore store;
    private final KioskPayer payer;
    private final RandomOrders orders;
    private final String kioskId;
    private Pacer pacer;

    KioskWorker(BrewlineStore store, Menu menu, KioskPayer payer, String kioskId, long seed) {
        this.store = store;
        this.payer = payer;
        this.orders = new RandomOrders(menu, seed);
        this.kioskId = kioskId;
    }

    /** Asks the pacer before each order (simulate --pace-*); none by default. */
    KioskWorker pacedBy(Pacer newPacer) {
        this.pacer = newPacer;
        return this;
    }

    /**
     * Places up to {@code count} orders, stopping early at {@code stopAtMillis} (0: no limit), with
     * {@code intervalMillis} between orders.
     */
    Result run(int count, long stopAtMillis, long intervalMillis, Listener listener) throws InterruptedException {
        int placed = 0;
        int failed = 0;
        Set<String> soldOut = Set.of();
        long start = System.currentTimeMillis();
        for (int i = 0; i < count; i++) {
            if (stopAtMillis > 0 && System.currentTimeMillis() >= stopAtMillis) {
                break;
            }
            if (i % SOLD_OUT_REFRESH_EVERY == 0) {
                soldOut = store.availability().soldOutItemIds();
            }
            if (pacer != null) {
                pacer.beforeOrder();
            }
            NewOrder order = orders.next(kioskId, soldOut);
            try {
                Order paid = payer.placeAndPay(order);
                listener.placed(paid, System.currentTimeMillis());
                placed++;
            } catch (KioskPayer.PaymentNotTakenException e) {
                listener.paymentFailed(e.getMessage());
                failed++;
            }
            if (intervalMillis > 0) {
                Thread.sleep(intervalMillis);
            }
        }
        return new Result(kioskId, placed, failed, start, System.currentTimeMillis(), payer.paidCommitNanos());
    }
}
