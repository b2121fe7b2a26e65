package com.brewline.barista.combined;

import com.brewline.barista.app.DisplayContext;
import com.brewline.barista.app.StationScreen;
import com.brewline.barista.app.WindowPlacement;
import com.brewline.pickup.app.BoardScreen;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.Objects;

/**
 * Both windows from one process on one store (one SqliteStore per process): the station on one
 * screen, the pickup board on another. Start it through {@link StationAndBoardMain}.
 */
public final class StationAndBoardApp extends Application {
    private static volatile DisplayContext context;
    private static volatile int stationScreen;
    private static volatile int boardScreen;
    private StationScreen station;
    private BoardScreen board;

    public static void launch(DisplayContext ctx, int stationScreenIndex, int boardScreenIndex) {
        context = Objects.requireNonNull(ctx);
        stationScreen = stationScreenIndex;
        boardScreen = boardScreenIndex;
        Application.launch(StationAndBoardApp.class);
    }

    @Override
    public void start(Stage stage) {
        station = StationScreen.create(context);
        stage.setTitle(station.viewModel().messages().get("station.title"));
        com.brewline.display.DemoMark.addIfDemo(station.view().root());
        stage.setScene(new Scene(station.view().root(), 1920, 1080));
        WindowPlacement.showFullScreenOn(stage, stationScreen);

        board = BoardScreen.create(context);
        Stage boardStage = new Stage();
        boardStage.setTitle(board.messages().get("board.title"));
        com.brewline.display.DemoMark.addIfDemo(board.view().root(), javafx.geometry.Pos.BOTTOM_RIGHT);
        boardStage.setScene(new Scene(board.view().root(), 1920, 1080));
        WindowPlacement.showFullScreenOn(boardStage, boardScreen);
    }

    @Override
    public void stop() {
        if (board != null) {
            board.close();
        }
        if (station != null) {
            station.close();
        }
        context.close();
    }
}
