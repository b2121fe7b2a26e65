package com.brewline.pickup.app;

import com.brewline.barista.app.DisplayContext;
import javafx.application.Application;
import com.brewline.barista.app.WindowPlacement;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.Objects;

/** The pickup board window. Start it through {@link com.brewline.pickup.PickupBoardMain}. */
public final class PickupBoardApp extends Application {
    private static volatile DisplayContext context;
    private static volatile int screenIndex;
    private BoardScreen screen;

    public static void launch(DisplayContext ctx, int screen) {
        context = Objects.requireNonNull(ctx);
        screenIndex = screen;
        Application.launch(PickupBoardApp.class);
    }

    @Override
    public void start(Stage stage) {
        screen = BoardScreen.create(context);
        stage.setTitle(screen.messages().get("board.title"));
        com.brewline.display.DemoMark.addIfDemo(screen.view().root(), javafx.geometry.Pos.BOTTOM_RIGHT);
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
