package com.brewline.kiosk.pay;

import com.brewline.kitchen.KioskAdvice;
import com.brewline.model.Menu;
import com.brewline.model.NewOrder;
import com.brewline.model.OrderLine;
import com.brewline.ordering.MenuCheck;
import com.brewline.payment.CheckoutService;
import com.brewline.payment.CheckoutSession;
import com.brewline.store.BrewlineStore;
import com.brewline.watch.KioskGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The checks before anything is written or sent (off the FX thread): no live station when the kiosk must stop
 * then (ADR 0010), or lines the newest menu or the sold-out list no longer sells. A hit stops the payment; nothing
 * is charged and no provider session is opened.
 */
final class BeforePaying {
    private static final Logger LOG = LoggerFactory.getLogger(BeforePaying.class);

    /** What the checks found: nothing (go ahead), no station, or the lines no longer sold. */
    record Verdict(boolean noStation, List<OrderLine> soldOut) {
        static final Verdict GO = new Verdict(false, List.of());

        boolean go() {
            return !noStation && soldOut.isEmpty();
        }
    }

    private final BrewlineStore store;
    /** The newest valid menu (the watched file); answering null: the sold-out list only. */
    private final Supplier<Menu> newestMenu;
    /** Null: not asked. */
    private final KioskGate gate;

    BeforePaying(BrewlineStore store, Supplier<Menu> newestMenu, KioskGate gate) {
        this.store = store;
        this.newestMenu = newestMenu;
        this.gate = gate;
    }

    /** How the start went: what the checks found, and the session opened when they passed. */
    record Begun(Verdict verdict, Optional<CheckoutSession> session) {
    }

    /** Blocks: the checks first; the order is written and the provider session opened only when they pass. */
    Begun checkThenBegin(NewOrder order, CheckoutService checkout) {
        Verdict verdict = check(order);
        return new Begun(verdict, verdict.go() ? Optional.of(checkout.begin(order)) : Optional.empty());
    }

    /** Blocks on the gate and the store. */
    Verdict check(NewOrder order) {
        if (gate != null && gate.check().reason() == KioskAdvice.Reason.NO_STATION) {
            LOG.warn("no live station and kiosk.stopWhenNoStation: the payment was not started");
            return new Verdict(true, List.of());
        }
        Set<String> soldOut = store.availability().soldOutItemIds();
        Menu newest = newestMenu.get();
        List<OrderLine> hit = newest == null
                ? order.lines().stream().filter(l -> soldOut.contains(l.itemId())).toList()
                : MenuCheck.noLongerSold(order.lines(), newest, soldOut);
        if (!hit.isEmpty()) {
            LOG.info("not paying: no longer sold since they went into the cart: {}",
                    hit.stream().map(OrderLine::itemId).toList());
            return new Verdict(false, hit);
        }
        return Verdict.GO;
    }
}
