package com.brewline.barista.app;

import java.time.Clock;

/**
 * Starts the barista station: {@code --db PATH [--provider-url URL --secret-key K] [--station ID]
 * [--lang ko|en] [--no-sound] [--screen N]}. Without a provider, rejections are recorded with their
 * refund queued and shown as pending; the kiosk's payment jobs send it.
 */
public final class BaristaMain {
    private BaristaMain() {
    }

    public static void main(String[] args) {
        DisplayContexts.Args parsed;
        try {
            parsed = DisplayContexts.parse(args, "station-1");
        } catch (IllegalArgumentException e) {
            System.err.println("brewline barista: " + e.getMessage());
            System.exit(2);
            return;
        }
        BaristaStationApp.launch(DisplayContexts.open(parsed, Clock.systemDefaultZone()), parsed.screen());
    }
}
