package com.brewline.barista;

import com.brewline.barista.app.KitchenScreens;
import com.brewline.barista.app.StationScreen;
import com.brewline.display.DisplayApplication;
import com.brewline.display.launch.ScreenLaunch;
import com.brewline.screens.DisplayContext;
import com.brewline.screens.DisplayContexts;

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
        com.brewline.office.app.OfficeEntry.remember(started.args().launch(), started.config());
        com.brewline.display.DemoMark.enableForThisProcess(started.config().isDemo()); // on the sandbox: every screen says so
        int screen = started.args().screen();
        ScreenLaunch.launchOrExit("barista station", () -> DisplayApplication.launch(stage -> {
            DisplayContext context = started.context(); // opened while JavaFX started
            StationScreen station = StationScreen.create(context);
            // issue 12: which kiosks are alive and whether the payment provider answers, above the tickets
            KitchenScreens.Built withStatus = KitchenScreens.withStatusStrip(station.view().root(), context,
                    started.config().kitchen());
            DisplayApplication.show(stage, station.viewModel().messages().text("station.title"), withStatus.root(), screen);
            return () -> {
                withStatus.close();
                station.close();
                context.close();
            };
        }));
    }
}
