package com.brewline.barista.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.Objects;

/** The barista station window. Start it through {@link com.brewline.barista.BaristaMain} (a class extending Application cannot start from the classpath). */
public final class BaristaStationApp extends Application {
    private static volatile DisplayContext context;
    private static volatile int screenIndex;
    private StationScreen screen;

    /** Blocks until the window is closed; then closes the context. */
    public static void launch(DisplayContext ctx, int screen) {
        context = Objects.requireNonNull(ctx);
        screenIndex = screen;
        Application.launch(BaristaStationApp.class);
    }

    @Override
    public void start(Stage stage) {
        screen = StationScreen.create(context);
        stage.setTitle(screen.viewModel().messages().get("station.title"));
        com.brewline.display.DemoMark.addIfDemo(screen.view().root());
        stage.setScene(new Scene(screen.view().root(), 1920, 1080));
        WindowPlacement.showFullScreenOn(stage, screenIndex);
    }

    @Override
    public void stop() {
        if (screen != null) {
            screen.close();
        }
        context.close();
    }
}
