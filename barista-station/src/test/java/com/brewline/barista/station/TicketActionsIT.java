package com.brewline.barista.station;

import com.brewline.barista.app.StationScreen;
import com.brewline.barista.testing.Cafe;
import com.brewline.barista.testing.OnStage;
import com.brewline.barista.testing.Orders;
import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.screens.DisplayContext;
import com.brewline.screens.DisplaySettings;
import com.brewline.testkit.fx.Fx;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action button of every ticket card on screen (start, done, reject, urgent) shows its whole label, in
 * Korean and English, on the station's windows: 1920x1080, 1280x800, portrait 1080x1920 and the demo's 1313x650. A barista at rush hour
 * reads them at a glance: "St…" is not a label. Waiting, started and urgent tickets; the keys' legend below them whole too.
 */
@ExtendWith(ApplicationExtension.class)
class TicketActionsIT {
    private static final int[][] WINDOWS = {{1920, 1080}, {1280, 800}, {1080, 1920}, {1313, 650}}; // the last: the demo's, under its status strip

    @TempDir
    Path dir;
    private Stage stage;
    private Cafe cafe;
    private OnStage onStage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        onStage = new OnStage(stage);
        cafe = Cafe.open(dir, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        onStage.closeAll();
        cafe.close();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyActionLabelIsWholeInBothLanguagesAtTheStationsSizes() throws Exception {
        Instant now = Instant.now();
        List<Order> paid = Cafe.offFx(() -> {
            List<Order> made = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                made.add(Orders.paidInProcess(cafe.store, i, now.minus(Duration.ofSeconds(60L * (12 - i)))));
            }
            for (int i = 0; i < 3; i++) { // being made: start greyed out
                cafe.store.orders().transition(made.get(i).id(), OrderStatus.IN_PREPARATION, "station-1", "started");
            }
            cafe.store.orders().setUrgent(made.get(4).id(), "손님이 급해요", "station-1");
            return made;
        });
        for (Locale language : List.of(Locale.KOREAN, Locale.ENGLISH)) {
            DisplayContext ctx = cafe.stationContext("station-1",
                    DisplaySettings.defaults("station-1").withLanguage(language).withSound(false), Clock.systemUTC());
            StationScreen station = Fx.call(() -> StationScreen.create(ctx));
            onStage.keep(station);
            Fx.waitUntil(10, "the tickets", () -> station.viewModel().tickets().all().size() == paid.size());
            for (int[] size : WINDOWS) {
                Fx.run(() -> {
                    if (stage.getScene() != null) {
                        stage.getScene().setRoot(new Pane()); // the station's root moves to a scene of this size
                    }
                    stage.setScene(new Scene(station.view().root(), size[0], size[1]));
                    stage.sizeToScene();
                    stage.show();
                });
                for (int from : new int[]{0, 4, paid.size() - 1}) { // started, urgent, and the newest waiting ones
                    Fx.run(() -> {
                        station.view().ticketList().scrollTo(from);
                        station.view().root().layout();
                    });
                    Fx.waitUntil(5, "the cards laid out", () -> !buttons(station.view().root()).isEmpty());
                    List<String> cut = Fx.call(() -> cutLabels(station.view().root()));
                    String name = "station-actions-" + language.getLanguage() + "-" + size[0] + "x" + size[1] + "-at" + from;
                    if (from == 0) { // one picture per window and language; every position checked
                        Fx.screenshot(station.view().root(), name);
                    }
                    assertThat(cut).as(name).isEmpty();
                    // and every card whole in the list's height: no card taller than its place (a second scroll bar)
                    assertThat(Fx.call(() -> tallCards(station.view().ticketList()))).as(name).isEmpty();
                    // the keys' legend under the tickets too: on a portrait screen it ended "U urgent ..."
                    javafx.scene.control.Label legend = (javafx.scene.control.Label) station.view().root().lookup(".legend");
                    assertThat(Fx.call(() -> ((Text) legend.lookup(".text")).getText())).as(name)
                            .isEqualTo(legend.getText());
                }
            }
            Fx.run(() -> stage.getScene().setRoot(new Pane()));
        }
    }

    private static List<Button> buttons(Parent root) {
        List<Button> found = new ArrayList<>();
        for (Node n : root.lookupAll(".ticket-button")) {
            if (n instanceof Button b && b.isVisible() && inFilledCell(b)) {
                found.add(b);
            }
        }
        return found;
    }

    private static boolean inFilledCell(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ListCell<?> cell) {
                return cell.getItem() != null && cell.isVisible();
            }
        }
        return false;
    }

    /** Cards that reach below the list's visible height, and a vertical scroll bar on the list. */
    private static List<String> tallCards(javafx.scene.control.ListView<?> list) {
        List<String> tall = new ArrayList<>();
        for (Node bar : list.lookupAll(".scroll-bar")) {
            if (bar instanceof javafx.scene.control.ScrollBar sb && sb.isVisible()
                    && sb.getParent() instanceof javafx.scene.control.skin.VirtualFlow<?> // the list's, not a card's
                    && sb.getOrientation() == javafx.geometry.Orientation.VERTICAL) {
                StringBuilder cards = new StringBuilder();
                for (Node card : list.lookupAll(".ticket-card")) {
                    if (card.isVisible() && inFilledCell(card) && card instanceof javafx.scene.layout.VBox v) {
                        cards.append(Math.round(v.getHeight())).append('/').append(Math.round(v.prefHeight(v.getWidth())))
                                .append('/').append(Math.round(v.minHeight(v.getWidth()))).append(' ');
                        v.getChildren().forEach(c -> cards.append(c.getStyleClass()).append('=')
                                .append(Math.round(c.prefHeight(v.getWidth()))).append(','));
                        cards.append("; ");
                    }
                }
                tall.add("a vertical scroll bar on the ticket list " + Math.round(list.getHeight()) + " px high, cards "
                        + "(height/pref/min) " + cards);
            }
        }
        for (Node card : list.lookupAll(".ticket-card")) {
            if (card.isVisible() && inFilledCell(card)) {
                Bounds inList = list.sceneToLocal(card.localToScene(card.getLayoutBounds()));
                if (inList.getMaxY() > list.getHeight() + 0.5) {
                    tall.add("a card reaching " + Math.round(inList.getMaxY()) + " px in a list "
                            + Math.round(list.getHeight()) + " px high");
                }
            }
        }
        return tall;
    }

    /** Buttons whose label is drawn shorter than written ("St…"), or that stick out of their card. */
    private static List<String> cutLabels(Parent root) {
        List<String> cut = new ArrayList<>();
        for (Button b : buttons(root)) {
            Text drawn = (Text) b.lookup(".text");
            Text probe = new Text(b.getText());
            probe.setFont(b.getFont());
            double needed = probe.getLayoutBounds().getWidth() + b.snappedLeftInset() + b.snappedRightInset();
            boolean shortened = drawn == null || !b.getText().equals(drawn.getText());
            Node card = b.getParent();
            while (card != null && !card.getStyleClass().contains("ticket-card")) {
                card = card.getParent();
            }
            boolean outside = false;
            if (card != null) {
                Bounds inCard = card.sceneToLocal(b.localToScene(b.getLayoutBounds()));
                outside = inCard.getMinX() < -0.5 || inCard.getMaxX() > card.getLayoutBounds().getWidth() + 0.5;
            }
            if (shortened || b.getWidth() + 0.5 < needed || outside) {
                cut.add("[" + b.getText() + "] drawn as [" + (drawn == null ? null : drawn.getText()) + "] in "
                        + Math.round(b.getWidth()) + " px, needs " + Math.round(needed) + (outside ? ", outside its card" : ""));
            }
        }
        return cut;
    }
}
