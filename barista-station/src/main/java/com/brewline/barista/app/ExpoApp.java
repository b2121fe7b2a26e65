package com.brewline.barista.app;

import com.brewline.config.BrewlineConfig;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.Objects;

/** The expo window (issue 12). Start it through {@link com.brewline.barista.ExpoMain}. */
public final class ExpoApp extends Application {
    private static volatile DisplayContext context;
    private static volatile BrewlineConfig.Kitchen kitchen;
    private static volatile int screenIndex;
    private KitchenScreens.Built screen;

    public static void launch(DisplayContext ctx, BrewlineConfig.Kitchen kitchenConfig, int screen) {
        context = Objects.requireNonNull(ctx);
        kitchen = Objects.requireNonNull(kitchenConfig);
        screenIndex = screen;
        Application.launch(ExpoApp.class);
    }

    @Override
    public void start(Stage stage) {
        screen = KitchenScreens.expo(context, kitchen);
        stage.setTitle("Brewline expo");
        stage.setScene(new Scene(screen.root(), 1920, 1080));
        WindowPlacement.showFullScreenOn(stage, screenIndex);
    }

    @Override
    public void stop() throws Exception {
        if (screen != null) {
            screen.close();
        }
        context.close();
    }
}
