package com.brewline.display;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;

/**
 * The permanent "DEMO — no real payments" mark every screen shows while payments go to the sandbox (chosen
 * explicitly: {@code provider.sandbox} or {@code --demo-sandbox}). Korean and English, each on its own line,
 * at the top centre, above everything, never taking a touch. A screen's main calls {@link #enableForThisProcess}
 * when the configuration is a demo; each window's start calls {@link #addIfDemo} with its root.
 */
public final class DemoMark {
    public static final String ID = "demoMark";
    public static final String KOREAN = "데모 — 실제 결제 없음";
    public static final String ENGLISH = "DEMO — no real payments";
    private static final Logger LOG = LoggerFactory.getLogger(DemoMark.class);
    private static final double MARGIN = 8;
    private static volatile boolean demo;

    private DemoMark() {
    }

    /** This process runs on the sandbox: every window it opens shows the mark. */
    public static void enableForThisProcess(boolean isDemo) {
        demo = isDemo;
    }

    public static boolean enabled() {
        return demo;
    }

    /** Adds the mark (top centre) to the window's root when this process is a demo; does nothing otherwise. */
    public static void addIfDemo(Parent root) {
        addIfDemo(root, Pos.TOP_CENTER);
    }

    /** The same, at {@code where} (the pickup board keeps its column titles free: bottom right). */
    public static void addIfDemo(Parent root, Pos where) {
        if (demo) {
            addTo(root, where);
        }
    }

    public static void addTo(Parent root) {
        addTo(root, Pos.TOP_CENTER);
    }

    /** Adds the mark on top of {@code root} (a {@link Pane}), kept at {@code where} as it resizes. */
    public static void addTo(Parent root, Pos where) {
        Objects.requireNonNull(root, "root");
        if (!(root instanceof Pane pane)) {
            LOG.warn("the demo mark needs a Pane as the window's root, not a {}", root.getClass().getSimpleName());
            return;
        }
        if (pane.lookup("#" + ID) != null) {
            return;
        }
        Label korean = new Label(KOREAN);
        korean.getStyleClass().add("demo-mark-ko");
        Label english = new Label(ENGLISH);
        english.getStyleClass().add("demo-mark-en");
        VBox mark = new VBox(korean, english);
        mark.setId(ID);
        mark.getStyleClass().add("demo-mark");
        mark.getStylesheets().add(Objects.requireNonNull(DemoMark.class.getResource("demo-mark.css")).toExternalForm());
        mark.setManaged(false);         // the screen's own layout never moves for it
        mark.setMouseTransparent(true); // and it never takes a touch meant for the screen
        pane.getChildren().add(mark);
        Runnable place = () -> {
            mark.applyCss(); // measured with its own fonts, never cut short
            double width = mark.prefWidth(-1);
            mark.resize(width, mark.prefHeight(width));
            double x = switch (where.getHpos()) {
                case LEFT -> MARGIN;
                case RIGHT -> pane.getWidth() - mark.getWidth() - MARGIN;
                default -> (pane.getWidth() - mark.getWidth()) / 2;
            };
            double y = switch (where.getVpos()) {
                case BOTTOM -> pane.getHeight() - mark.getHeight() - MARGIN;
                case CENTER -> (pane.getHeight() - mark.getHeight()) / 2;
                default -> MARGIN;
            };
            mark.relocate(Math.max(0, x), Math.max(0, y));
            mark.toFront();
        };
        pane.widthProperty().addListener((o, a, b) -> place.run());
        pane.heightProperty().addListener((o, a, b) -> place.run());
        pane.sceneProperty().addListener((o, a, b) -> place.run());
        pane.getChildren().addListener((javafx.collections.ListChangeListener<javafx.scene.Node>) c -> {
            if (pane.getChildren().indexOf(mark) != pane.getChildren().size() - 1) {
                javafx.application.Platform.runLater(mark::toFront);
            }
        });
        place.run();
    }
}
