package com.brewline.barista;

import com.brewline.barista.app.BaristaStationApp;
import com.brewline.barista.app.DisplayContexts;
import com.brewline.display.launch.ScreenLaunch;

/**
 * Starts the barista station (a plain main: a class extending Application cannot start from the class path).
 * Its options ({@code brewline-barista --help}): {@link DisplayContexts.Options}. Without a provider,
 * rejections are recorded with their refund queued and shown as pending; the kiosk's payment jobs send it.
 */
public final class BaristaMain {
    private BaristaMain() {
    }

    public static void main(String[] argv) {
        DisplayContexts.Started started = DisplayContexts.startOrExit("brewline-barista", argv, "barista", "barista station");
        ScreenLaunch.launchOrExit("barista station", () -> BaristaStationApp.launch(started.context(), started.args().screen()));
    }
}
