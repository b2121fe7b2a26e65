package com.brewline.kiosk;

import com.brewline.kiosk.common.KioskSettings;
import com.brewline.kiosk.common.Speech;
import com.brewline.model.Menu;
import com.brewline.payment.CheckoutService;
import com.brewline.payment.RefundService;
import com.brewline.store.BrewlineStore;

import java.time.Clock;
import java.util.Objects;

/**
 * Everything the kiosk runs on, passed to {@link KioskApp} by its constructor (no DI framework).
 * The clock drives every countdown; tests may pass one they can move.
 */
public record KioskContext(BrewlineStore store, CheckoutService checkout, RefundService refunds, Menu menu,
                           KioskSettings settings, Speech speech, Clock clock) {
    public KioskContext {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(checkout, "checkout");
        Objects.requireNonNull(refunds, "refunds");
        Objects.requireNonNull(menu, "menu");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(speech, "speech");
        Objects.requireNonNull(clock, "clock");
    }

    public KioskContext(BrewlineStore store, CheckoutService checkout, RefundService refunds, Menu menu,
                        KioskSettings settings) {
        this(store, checkout, refunds, menu, settings, Speech.system(), Clock.systemDefaultZone());
    }

    /** The same kiosk on another clock (tests move time for the countdowns). */
    public KioskContext withClock(Clock other) {
        return new KioskContext(store, checkout, refunds, menu, settings, speech, other);
    }

    public KioskContext withSettings(KioskSettings other) {
        return new KioskContext(store, checkout, refunds, menu, other, speech, clock);
    }
}
