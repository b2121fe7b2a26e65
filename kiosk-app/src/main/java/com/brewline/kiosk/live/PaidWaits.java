package com.brewline.kiosk.live;

import com.brewline.watch.KioskGate;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The wait of an order just paid, counted once by the gate ({@link KioskGate#estimatePlaced}) and then remembered:
 * the done screen shows it and the PAID message tells it, so the customer reads one figure on the screen and on the
 * phone, whichever asks first. Whole minutes, 1 to 999 (what a message may tell). Blocks on the store: ask off the
 * FX thread.
 */
public final class PaidWaits {
    /** Orders remembered: far more than are paid while one done screen shows or one message waits to go. */
    private static final int REMEMBERED = 64;

    private final KioskGate gate;
    private final Map<Long, Integer> counted = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Integer> eldest) {
            return size() > REMEMBERED;
        }
    };

    public PaidWaits(KioskGate gate) {
        this.gate = gate;
    }

    /** The order's wait in whole minutes, counted at the first question about it. */
    public synchronized int minutes(long orderId) {
        Integer known = counted.get(orderId);
        if (known == null) {
            known = minutes(gate.estimatePlaced(orderId).waitTime());
            counted.put(orderId, known);
        }
        return known;
    }

    /** A wait in whole minutes, rounded up, 1 to 999. */
    static int minutes(Duration wait) {
        long seconds = Math.max(0, wait.toSeconds());
        return (int) Math.min(999, Math.max(1, (seconds + 59) / 60));
    }
}
