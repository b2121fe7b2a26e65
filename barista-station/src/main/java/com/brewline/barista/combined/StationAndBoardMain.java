package com.brewline.barista.combined;

import com.brewline.barista.app.KitchenScreens;
import com.brewline.barista.app.StationScreen;
import com.brewline.display.DisplayApplication;
import com.brewline.display.launch.ScreenLaunch;
import com.brewline.pickup.app.BoardScreen;
import com.brewline.screens.DisplayContext;
import com.brewline.screens.DisplayContexts;
import javafx.stage.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Starts the station and the pickup board in one process: the station's options (see
 * {@link com.brewline.barista.BaristaMain}; its monitor is {@code --screen}, default 0) plus
 * {@code --board-screen N} (default 1).
 */
public final class StationAndBoardMain {
    private StationAndBoardMain() {
    }

    @Command(name = "brewline-station-and-board", sortOptions = false,
            description = "The barista station and the pickup board from one process, each on its own monitor.")
    static final class Options {
        @Mixin
        DisplayContexts.Options display = new DisplayContexts.Options();

        @Option(names = "--board-screen", paramLabel = "N", description = "The pickup board's monitor (default: 1).")
        int boardScreen = 1;
    }

    public static void main(String[] argv) {
        Options options = new Options();
        DisplayContexts.Started started = DisplayContexts.startOrExit("brewline-station-and-board", options, options.display,
                argv, "station-and-board", "barista station and pickup board");
        com.brewline.display.DemoMark.enableForThisProcess(started.config().isDemo()); // on the sandbox: every screen says so
        int stationScreen = started.args().screen();
        int boardScreen = options.boardScreen;
        // Both windows from one process on one store (one store connection set per process).
        ScreenLaunch.launchOrExit("barista station and pickup board", () -> DisplayApplication.launch(stage -> {
            DisplayContext context = started.context(); // opened while JavaFX started
            StationScreen station = StationScreen.create(context);
            // issue 12: which kiosks are alive and whether the payment provider answers, as on the station alone
            KitchenScreens.Built withStatus = KitchenScreens.withStatusStrip(station.view().root(), context,
                    started.config().kitchen());
            DisplayApplication.show(stage, station.viewModel().messages().text("station.title"), withStatus.root(), stationScreen);
            BoardScreen board = BoardScreen.create(context);
            board.view().showDemoMark();
            DisplayApplication.show(new Stage(), board.messages().text("board.title"), board.view().root(), boardScreen);
            return () -> {
                board.close();
                withStatus.close();
                station.close();
                context.close();
            };
        }));
    }
}
