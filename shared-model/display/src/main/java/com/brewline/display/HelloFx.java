package com.brewline.display;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The reference {@code ui-bench} measures the screens against: JavaFX's hello world, one Label in a window. */
public final class HelloFx extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Hello, Brewline"), 400, 200));
        stage.show();
    }

    /** A plain main class: JavaFX cannot start an Application subclass from the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(HelloFx.class, args);
        }
    }
}
