package com.brewline.office.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.Objects;

/** The office as its own window. Start it through {@link com.brewline.office.OfficeMain}. */
public final class OfficeApp extends Application {
    private static volatile OfficeContext context;
    private static volatile Runnable onStop;
    private OfficeScreen screen;

    /** Blocks until the window is closed; then runs {@code stop} (closing the store). */
    public static void launch(OfficeContext ctx, Runnable stop) {
        context = Objects.requireNonNull(ctx);
        onStop = stop;
        Application.launch(OfficeApp.class);
    }

    @Override
    public void start(Stage stage) {
        OfficeContext c = context;
        com.brewline.barista.support.Messages messages = com.brewline.barista.support.Messages.load(
                OfficeScreen.MESSAGES, c.language());
        if (!StaffGate.ask(null, messages, () -> c.loader().load(c.configFile()).kiosk().staffPinHash(), c.clock())) {
            javafx.application.Platform.exit();
            return;
        }
        screen = new OfficeScreen(c);
        stage.setTitle(screen.messages().get("office.title"));
        stage.setScene(new Scene(screen.root(), 1600, 960));
        stage.show();
    }

    @Override
    public void stop() {
        if (screen != null) {
            screen.close();
        }
        if (onStop != null) {
            onStop.run();
        }
    }
}
