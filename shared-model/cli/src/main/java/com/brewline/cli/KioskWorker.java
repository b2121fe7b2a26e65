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

    /** While the provider refuses, wait this long (doubling) before the same order is tried again. */
    static final long FIRST_BACK_OFF_MILLIS = 200;
    static final long MAX_BACK_OFF_MILLIS = 5_000;
    /** A kiosk that found the provider unavailable this long in a row stops: nothing would be sold. */
    static final long GIVE_UP_AFTER_MILLIS = 30_000;

    interface Listener {
        /** The order is committed as paid; {@code committedAtMillis} is the wall clock just after the commit. */
        void placed(Order order, long committedAtMillis);

        /** @param reason starts with the {@link KioskPayer.NotTaken} name, then the details */
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
    private NotifyOptions.PhoneGiver phones = order -> order;
    private Pacer pacer;

    KioskWorker(BrewlineStore store, Menu menu, KioskPayer payer, String kioskId, long seed) {
        this.store = store;
        this.payer = payer;
        this.orders = new RandomOrders(menu, seed);
        this.kioskId = kioskId;
    }

    /** Some customers leave a phone number for messages. */
    KioskWorker phones(NotifyOptions.PhoneGiver giver) {
        this.phones = giver;
        return this;
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
        long backOff = FIRST_BACK_OFF_MILLIS;
        long unavailableSince = -1;
        NewOrder retry = null;
        for (int i = 0; i < count; ) {
            if (stopAtMillis > 0 && System.currentTimeMillis() >= stopAtMillis) {
                break;
            }
            if (retry == null && i % SOLD_OUT_REFRESH_EVERY == 0) {
                soldOut = store.availability().soldOutItemIds();
            }
            if (pacer != null) {
                pacer.beforeOrder();
            }
            NewOrder order = retry != null ? retry : phones.apply(orders.next(kioskId, soldOut));
            retry = null;
            try {
                Order paid = payer.placeAndPay(order);
                listener.placed(paid, System.currentTimeMillis());
                placed++;
                i++;
                backOff = FIRST_BACK_OFF_MILLIS;
                unavailableSince = -1;
            } catch (KioskPayer.PaymentNotTakenException e) {
                listener.paymentFailed(e.kind() + " " + e.getMessage());
                failed++;
                if (e.kind() == KioskPayer.NotTaken.UNAVAILABLE) {
                    // the circuit is open or the provider does not answer: back off and try the same order again,
                    // instead of burning the remaining orders in a second
                    long now = System.currentTimeMillis();
                    unavailableSince = unavailableSince < 0 ? now : unavailableSince;
                    if (now - unavailableSince >= GIVE_UP_AFTER_MILLIS) {
                        break;
                    }
                    Thread.sleep(backOff);
                    backOff = Math.min(MAX_BACK_OFF_MILLIS, backOff * 2);
                    retry = order;
                    continue;
                }
                i++;
            } catch (RuntimeException e) {
                // the order could not be placed at all (the store refused, an unexpected error): counted, not fatal
                listener.paymentFailed(KioskPayer.NotTaken.FAILED + " " + BrewlineCli.describe(e));
                failed++;
                i++;
            }
            if (intervalMillis > 0) {
                Thread.sleep(intervalMillis);
            }
        }
        return new Result(kioskId, placed, failed, start, System.currentTimeMillis(), payer.paidCommitNanos());
    }
}
