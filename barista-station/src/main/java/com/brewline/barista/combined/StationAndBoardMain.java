package com.brewline.barista.combined;

import com.brewline.barista.app.DisplayContexts;
import com.brewline.display.launch.ScreenLaunch;
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
        ScreenLaunch.launchOrExit("barista station and pickup board",
                () -> StationAndBoardApp.launch(started.context(), started.args().screen(), options.boardScreen));
    }
}
