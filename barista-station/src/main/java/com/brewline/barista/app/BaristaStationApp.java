package com.brewline.barista.app;

import com.brewline.config.BrewlineConfig;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.Objects;

/** The barista station window. Start it through {@link com.brewline.barista.BaristaMain} (a class extending Application cannot start from the classpath). */
public final class BaristaStationApp extends Application {
    private static volatile DisplayContext context;
    private static volatile int screenIndex;
    private static volatile BrewlineConfig.Kitchen kitchen;
    private StationScreen screen;
    private KitchenScreens.Built withStatus;

    /** As {@link #launch(DisplayContext, int)}, with the kitchen's status strip above the tickets (issue 12). */
    public static void launch(DisplayContext ctx, int screen, BrewlineConfig.Kitchen kitchenConfig) {
        kitchen = kitchenConfig;
        launch(ctx, screen);
    }

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
        javafx.scene.Parent root = screen.view().root();
        if (kitchen != null) {
            withStatus = KitchenScreens.withStatusStrip(root, context, kitchen);
            root = withStatus.root();
        }
        stage.setScene(new Scene(root, 1920, 1080));
        WindowPlacement.showFullScreenOn(stage, screenIndex);
    }

    @Override
    public void stop() throws Exception {
        if (withStatus != null) {
            withStatus.close();
        }
        if (screen != null) {
            screen.close();
        }
        context.close();
    }
}
