package com.brewline.pickup.app;

import com.brewline.barista.app.DisplayContexts;

import java.time.Clock;

/**
 * Starts the pickup board: {@code --db PATH [--lang ko|en] [--no-sound] [--ready-shown-for SECONDS]
 * [--screen N]}. It only reads; refund arguments are accepted and unused.
 */
public final class PickupBoardMain {
    private PickupBoardMain() {
    }

    public static void main(String[] args) {
        DisplayContexts.Args parsed;
        try {
            parsed = DisplayContexts.parse(args, "pickup-board");
        } catch (IllegalArgumentException e) {
            System.err.println("brewline pickup board: " + e.getMessage());
            System.exit(2);
            return;
        }
        PickupBoardApp.launch(DisplayContexts.open(parsed, Clock.systemDefaultZone()), parsed.screen());
    }
}
