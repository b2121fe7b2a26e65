package com.brewline.pickup;

import com.brewline.display.DisplayApplication;
import com.brewline.display.launch.ScreenLaunch;
import com.brewline.pickup.app.BoardScreen;
import com.brewline.screens.DisplayContext;
import com.brewline.screens.DisplayContexts;

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
        com.brewline.display.DemoMark.enableForThisProcess(started.config().isDemo()); // on the sandbox: every screen says so
        int screen = started.args().screen();
        ScreenLaunch.launchOrExit("pickup board", () -> DisplayApplication.launch(stage -> {
            DisplayContext context = started.context(); // opened while JavaFX started
            BoardScreen board = BoardScreen.create(context);
            board.view().showDemoMark();
            DisplayApplication.show(stage, board.messages().text("board.title"), board.view().root(), screen);
            return () -> {
                board.close();
                context.close();
            };
        }));
    }
}
