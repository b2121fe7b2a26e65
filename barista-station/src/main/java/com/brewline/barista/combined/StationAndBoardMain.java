package com.brewline.barista.combined;

import com.brewline.barista.app.StationScreen;
import com.brewline.display.DisplayApplication;
import com.brewline.pickup.app.BoardScreen;
import com.brewline.screens.DisplayContext;
import com.brewline.screens.DisplayContexts;
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Starts the station and the pickup board in one process: the station's arguments (see
 * {@link com.brewline.barista.BaristaMain}) plus {@code [--board-screen N]} (default 1; the station's is
 * {@code --screen}, default 0).
 */
public final class StationAndBoardMain {
    private StationAndBoardMain() {
    }

    public static void main(String[] args) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        int boardScreen = 1;
        int at = rest.indexOf("--board-screen");
        try {
            if (at >= 0) {
                if (at + 1 >= rest.size()) {
                    throw new IllegalArgumentException("--board-screen needs a value");
                }
                boardScreen = Integer.parseInt(rest.get(at + 1));
                rest.subList(at, at + 2).clear();
            }
        } catch (IllegalArgumentException e) {
            System.err.println("barista station and pickup board: " + e.getMessage());
            System.exit(2);
            return;
        }
        DisplayContexts.Started started = DisplayContexts.startOrExit(rest.toArray(String[]::new),
                "station-and-board", "barista station and pickup board");
        DisplayContext context = started.context();
        int stationScreen = started.args().screen();
        int boardScreenIndex = boardScreen;
        // Both windows from one process on one store (one SqliteStore per process).
        DisplayApplication.launch(stage -> {
            StationScreen station = StationScreen.create(context);
            DisplayApplication.show(stage, station.viewModel().messages().text("station.title"), station.view().root(), stationScreen);
            BoardScreen board = BoardScreen.create(context);
            DisplayApplication.show(new Stage(), board.messages().text("board.title"), board.view().root(), boardScreenIndex);
            return () -> {
                board.close();
                station.close();
                context.close();
            };
        });
    }
}
