package com.brewline.barista;

import com.brewline.barista.app.BaristaStationApp;
import com.brewline.barista.app.DisplayContexts;

/**
 * Starts the barista station (a plain main: a class extending Application cannot start from the class path).
 * <pre>BaristaMain [--config FILE] [--db PATH] [--provider-url URL [--secret-key KEY]] [--menu FILE]
 *             [--station ID] [--lang ko|en] [--no-sound] [--screen N]</pre>
 * Without a provider, rejections are recorded with their refund queued and shown as pending; the
 * kiosk's payment jobs send it.
 */
public final class BaristaMain {
    private BaristaMain() {
    }

    public static void main(String[] argv) {
        DisplayContexts.Started started = DisplayContexts.startOrExit(argv, "barista", "barista station");
        BaristaStationApp.launch(started.context(), started.args().screen(), started.config().kitchen());
    }
}
