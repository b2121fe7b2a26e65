package com.brewline.kiosk;

import com.brewline.kiosk.common.KioskSettings;
import com.brewline.display.Speech;
import com.brewline.kiosk.phone.PhoneEntryViewModel;
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
                           KioskSettings settings, Speech speech, Clock clock, PhoneEntryViewModel phoneEntry,
                           AfterPayment afterPayment, com.brewline.kiosk.live.LiveShop live) {
    /** What happens after a payment besides the number on screen (the slip); must not block the FX thread. */
    @FunctionalInterface
    public interface AfterPayment {
        void paid(com.brewline.model.Order order, boolean korean);

        AfterPayment NOTHING = (order, korean) -> { };
    }

    public KioskContext {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(checkout, "checkout");
        Objects.requireNonNull(refunds, "refunds");
        Objects.requireNonNull(menu, "menu");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(speech, "speech");
        Objects.requireNonNull(clock, "clock");
        phoneEntry = phoneEntry == null ? new PhoneEntryViewModel(false) : phoneEntry;
        afterPayment = afterPayment == null ? AfterPayment.NOTHING : afterPayment;
        // issue 11-13 (live): the gate and the watched menu; without them the configuration's defaults
        live = live == null ? com.brewline.kiosk.live.LiveShop.defaults(store, menu, clock) : live;
    }

    public KioskContext(BrewlineStore store, CheckoutService checkout, RefundService refunds, Menu menu,
                        KioskSettings settings, Speech speech, Clock clock, PhoneEntryViewModel phoneEntry,
                        AfterPayment afterPayment) {
        this(store, checkout, refunds, menu, settings, speech, clock, phoneEntry, afterPayment, null);
    }

    /** A kiosk that takes no phone numbers and prints no slip. */
    public KioskContext(BrewlineStore store, CheckoutService checkout, RefundService refunds, Menu menu,
                        KioskSettings settings, Speech speech, Clock clock) {
        this(store, checkout, refunds, menu, settings, speech, clock, null, null);
    }

    public KioskContext(BrewlineStore store, CheckoutService checkout, RefundService refunds, Menu menu,
                        KioskSettings settings) {
        this(store, checkout, refunds, menu, settings, Speech.forThisSystem(true), Clock.systemDefaultZone());
    }

    /** The same kiosk on another clock (tests move time for the countdowns). */
    public KioskContext withClock(Clock other) {
        return new KioskContext(store, checkout, refunds, menu, settings, speech, other, phoneEntry, afterPayment, live);
    }

    public KioskContext withSettings(KioskSettings other) {
        return new KioskContext(store, checkout, refunds, menu, other, speech, clock, phoneEntry, afterPayment, live);
    }
}
