package com.brewline.pickup;

import com.brewline.barista.app.DisplayContexts;
import com.brewline.display.launch.ScreenLaunch;
import com.brewline.pickup.app.PickupBoardApp;

/**
 * Starts the pickup board: the same options as {@link com.brewline.barista.BaristaMain}; it only
 * reads the read model, so the provider options are accepted and unused. {@code --ready-shown-for
 * SECONDS} overrides how long a ready number stays up.
 */
public final class PickupBoardMain {
    private PickupBoardMain() {
    }

    public static void main(String[] argv) {
        DisplayContexts.Started started = DisplayContexts.startOrExit("brewline-pickup-board", argv, "pickup-board", "pickup board");
        ScreenLaunch.launchOrExit("pickup board", () -> PickupBoardApp.launch(started.context(), started.args().screen()));
    }
}
