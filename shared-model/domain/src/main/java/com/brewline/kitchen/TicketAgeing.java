package com.brewline.kitchen;

import java.time.Duration;

/**
 * When a ticket counts as late: it waited (since payment) at least {@code lateAtFraction} times its
 * preparation target (config {@code barista.lateAtTargetFraction}, 1.5 by default). A ticket with almost no
 * prep time (a pastry) is judged against a floor of 30 s. The same rule as the station's colours
 * (barista-station's {@code Ageing}), here for the figures.
 */
public final class TicketAgeing {
    public static final int MIN_TARGET_SECONDS = 30;

    private TicketAgeing() {
    }

    public static boolean isLate(Duration waited, int targetSeconds, double lateAtFraction) {
        double target = Math.max(MIN_TARGET_SECONDS, targetSeconds);
        return Math.max(0, waited.toMillis()) / 1000.0 / target >= lateAtFraction;
    }
}
