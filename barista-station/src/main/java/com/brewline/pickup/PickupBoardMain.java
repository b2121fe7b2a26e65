package com.brewline.pickup;

import com.brewline.barista.app.DisplayContexts;
import com.brewline.pickup.app.PickupBoardApp;

/**
 * Starts the pickup board: the same arguments as {@link com.brewline.barista.BaristaMain}; it only
 * reads the read model, so the provider arguments are accepted and unused. {@code --ready-shown-for
 * SECONDS} overrides how long a ready number stays up.
 */
public final class PickupBoardMain {
    private PickupBoardMain() {
    }

    public static void main(String[] argv) {
        DisplayContexts.Started started = DisplayContexts.startOrExit(argv, "pickup-board", "pickup board");
        com.brewline.display.DemoMark.enableForThisProcess(started.config().isDemo());
        DisplayContexts.launchOrExit("pickup board",
                () -> PickupBoardApp.launch(started.context(), started.args().screen()));
    }
}
