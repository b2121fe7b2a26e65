package com.brewline.pickup;

import com.brewline.screens.DisplayContexts;
import com.brewline.display.DisplayApplication;
import com.brewline.pickup.app.BoardScreen;
import com.brewline.screens.DisplayContext;

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
        DisplayContext context = started.context();
        int screen = started.args().screen();
        DisplayApplication.launch(stage -> {
            BoardScreen board = BoardScreen.create(context);
            DisplayApplication.show(stage, board.messages().text("board.title"), board.view().root(), screen);
            return () -> {
                board.close();
                context.close();
            };
        });
    }
}
