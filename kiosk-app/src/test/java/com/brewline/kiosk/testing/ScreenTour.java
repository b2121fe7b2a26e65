package com.brewline.kiosk.testing;

import com.brewline.testkit.fx.Fx;
import com.brewline.testkit.TestClock;

import com.brewline.kiosk.KioskUi;
import com.brewline.kiosk.common.KioskSettings;
import com.brewline.kiosk.frame.Screen;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Shows every screen (and the inactivity and staff overlays) in one variant: a language, an
 * orientation, normal or accessible. The view models must already hold the state to show
 * (cart lines, an item, a running payment, a paid order, a looked-up status).
 */
public final class ScreenTour {
    public record Variant(Locale language, boolean landscape, boolean accessible) {
        public String suffix() {
            return language.getLanguage() + "-" + (accessible ? (landscape ? "accessible-landscape" : "accessible")
                    : landscape ? "landscape" : "portrait");
        }

        public int width() {
            return landscape ? 1920 : 1080;
        }

        public int height() {
            return landscape ? 1080 : 1920;
        }
    }

    public static final List<Variant> ALL = List.of(
            new Variant(KioskSettings.KOREAN, false, false), new Variant(KioskSettings.ENGLISH, false, false),
            new Variant(KioskSettings.KOREAN, true, false), new Variant(KioskSettings.ENGLISH, true, false),
            new Variant(KioskSettings.KOREAN, false, true), new Variant(KioskSettings.ENGLISH, false, true),
            new Variant(KioskSettings.KOREAN, true, true), new Variant(KioskSettings.ENGLISH, true, true));

    /** Names of the views a tour visits: the seven screens plus two overlays. */
    public static final List<String> VIEWS = List.of("attract", "menu", "item", "cart", "pay", "done", "status",
            "inactivity", "staff-pin");

    private ScreenTour() {
    }

    /** Puts the kiosk's root into a scene of the variant's size on the stage. */
    public static Scene show(Stage stage, KioskUi ui, Variant variant) {
        return Fx.get(() -> {
            Parent root = ui.root();
            if (root.getScene() != null) {
                root.getScene().setRoot(new Pane());
            }
            ui.frame().setLanguage(variant.language());
            ui.frame().accessibleProperty().set(variant.accessible());
            Scene scene = new Scene(root, variant.width(), variant.height());
            stage.setScene(scene);
            stage.setWidth(variant.width());
            stage.setHeight(variant.height());
            stage.show();
            root.applyCss();
            root.layout();
            return scene;
        });
    }

    /**
     * Visits each view; {@code atView} is called with the view's name while it shows (take a
     * picture, check accessibility...).
     */
    public static void visit(KioskUi ui, TestClock clock, Consumer<String> atView) {
        for (Screen screen : List.of(Screen.ATTRACT, Screen.MENU, Screen.ITEM, Screen.CART, Screen.PAY, Screen.DONE,
                Screen.STATUS)) {
            Fx.run(() -> ui.frame().go(screen));
            Fx.settlePictures(ui.root().getScene(), "#menu-picture");
            atView.accept(screen.id());
        }
        // the inactivity warning, on the menu
        Fx.run(() -> ui.frame().go(Screen.MENU));
        Fx.run(() -> ui.inactivity().touch());
        Duration jump = ui.inactivity().idleBeforeWarning().plusSeconds(2);
        clock.advance(jump);
        Fx.waitUntil("the inactivity warning", Duration.ofSeconds(5), () -> ui.inactivity().warningProperty().get());
        Fx.settle();
        atView.accept("inactivity");
        clock.advance(jump.negated()); // back, so the done screen's own countdown is not used up
        Fx.run(() -> ui.inactivity().touch());
        // the staff PIN pad (five taps in the hidden corner), two digits entered
        Fx.run(() -> {
            for (int i = 0; i < 5; i++) {
                ui.staff().cornerTapped();
            }
            ui.staff().digit(1);
            ui.staff().digit(2);
        });
        Fx.settle();
        atView.accept("staff-pin");
        Fx.run(() -> ui.staff().dismiss());
    }

    public static List<Path> render(Stage stage, KioskUi ui, TestClock clock, Path dir) {
        List<Path> written = new ArrayList<>();
        for (Variant variant : ALL) {
            Scene scene = show(stage, ui, variant);
            visit(ui, clock, view -> {
                Path file = dir.resolve(view + "-" + variant.suffix() + ".png");
                Fx.snapshot(scene, file);
                written.add(file);
            });
        }
        return written;
    }
}
