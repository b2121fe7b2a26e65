package com.brewline.pickup.board;

import com.brewline.barista.testing.Cafe;
import com.brewline.testkit.fx.Fx;
import com.brewline.barista.testing.Orders;
import com.brewline.display.ScaledPane;
import com.brewline.display.Speech;
import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.pickup.app.BoardScreen;
import com.brewline.screens.DisplaySettings;
import com.brewline.testkit.TestClock;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, the board: numbers are called aloud (Korean, then English) as they turn ready; numbers
 * ready too long go to "not collected yet"; cancelled and rejected numbers say "please see the
 * counter" for a while; headings and footer fit landscape, small and portrait windows.
 */
@ExtendWith(ApplicationExtension.class)
class BoardAttentionIT {
    @TempDir
    Path dir;
    private final TestClock clock = new TestClock(Instant.now());
    /** What the board asked the speech engine to say, in order (the machine's engine is not what is tested here). */
    private final List<String> said = new CopyOnWriteArrayList<>();
    private Cafe cafe;
    private BoardScreen board;
    private Stage stage;

    @Start
    void start(Stage primary) {
        // A stage of its own: it is resized below, and the primary stage is shared with the other tests.
        this.stage = new Stage();
        // the store keeps the board's time: a ready time and the board's "ready for 3 minutes" read one clock
        cafe = Cafe.open(dir, clock);
        board = open(Locale.KOREAN);
        stage.setScene(new Scene(board.view().root(), 1920, 1080));
        stage.show();
    }

    private BoardScreen open(Locale language) {
        return BoardScreen.create(cafe.boardContext(DisplaySettings.defaults("board")
                .withReadyShownFor(Duration.ofMinutes(3)).withSound(false).withLanguage(language), clock), new Speech() {
            @Override
            public void say(String text, Locale l) {
                sayAndWait(text, l);
            }

            @Override
            public void sayAndWait(String text, Locale l) {
                said.add(l.getLanguage() + ": " + text);
            }

            @Override
            public String engine() {
                return "test";
            }

            @Override
            public void close() {
            }
        });
    }

    @AfterEach
    void stop() {
        Fx.run(() -> {
            board.close();
            stage.close();
        });
        cafe.close();
    }

    @Test
    void callsLongWaitsAndStoppedOrders(FxRobot robot) throws Exception {
        BoardViewModel vm = board.viewModel();
        List<Order> orders = Cafe.offFx(() -> {
            List<Order> list = new java.util.ArrayList<>();
            for (int i = 1; i <= 12; i++) {
                list.add(Orders.paidInProcess(cafe.store, i, Instant.now()));
            }
            return list;
        });
        Fx.waitUntil(5, "12 preparing", () -> vm.preparing().size() == 12);

        // Two turn ready together: both called, one after the other, Korean then English.
        ready(orders.get(0));
        ready(orders.get(1));
        Fx.waitUntil(5, "#1 and #2 called", () -> vm.calls().equals(List.of(1, 2)));
        Fx.waitFor(5, "four sentences said", () -> said.size() == 4);
        assertThat(said).containsExactly("ko: 1번 고객님, 주문하신 메뉴가 준비되었습니다.", "en: Number 1, your order is ready.",
                "ko: 2번 고객님, 주문하신 메뉴가 준비되었습니다.", "en: Number 2, your order is ready.");

        // Three minutes later, not picked up: "not collected yet", oldest first; not called again.
        clock.set(Instant.now().plus(Duration.ofMinutes(3)).plusSeconds(1));
        Fx.run(vm::tick);
        assertThat(vm.ready()).isEmpty();
        assertThat(vm.notCollected()).containsExactly(1, 2);
        assertThat(vm.calls()).containsExactly(1, 2);

        // #5 turns ready (its number slides in and pulses for 3 s, meanwhile:) a customer cancels #3, the barista
        // rejects #4: each says "please see the counter" instead of vanishing.
        ready(orders.get(4));
        Cafe.offFx(() -> cafe.stationContext("kiosk-1").refunds().cancelByCustomer(orders.get(2).id(), "kiosk-1"));
        Cafe.offFx(() -> {
            cafe.stationContext("station-A").refunds().reject(orders.get(3).id(), "machine", "station-A");
            return null;
        });
        Fx.waitUntil(5, "#3 and #4 under see the counter", () -> vm.seeCounter().equals(List.of(3, 4)));
        Fx.waitUntil(5, "shown", () -> robot.lookup("#see-counter-4").tryQuery().isPresent());
        Fx.waitUntil(5, "#5 ready", () -> vm.ready().equals(List.of(5)));
        Fx.waitUntil(5, "the slide-in finished", () -> board.view().animationsRunningProperty().get() == 0);

        for (Locale language : List.of(Locale.KOREAN, Locale.ENGLISH)) {
            if (language == Locale.ENGLISH) {
                Fx.run(() -> {
                    board.close();
                    board = open(Locale.ENGLISH);
                    stage.setScene(new Scene(board.view().root(), 1920, 1080));
                });
                Fx.waitUntil(5, "the English board loaded", () -> board.viewModel().seeCounter().isEmpty()
                        && board.viewModel().notCollected().equals(List.of(1, 2)));
            }
            for (int[] size : new int[][]{{1920, 1080}, {1280, 720}, {1080, 1920}}) {
                // A scene of that size, off screen (the headless screen is 1920x1080): the picture is what a window that size shows.
                Fx.run(() -> {
                    board.view().root().getScene().setRoot(new javafx.scene.layout.Pane());
                    new Scene(board.view().root(), size[0], size[1]);
                    board.view().root().applyCss();
                    board.view().root().layout();
                });
                String name = "board-" + size[0] + "x" + size[1] + "-" + language.getLanguage();
                Fx.screenshot(board.view().root(), name);
                assertHeadingsWhole(robot, name);
            }
        }

        // Ten minutes on, the stopped numbers leave.
        clock.advance(BoardScreen.STOPPED_SHOWN_FOR.plusSeconds(1));
        Fx.run(() -> board.viewModel().tick());
        assertThat(board.viewModel().seeCounter()).isEmpty();
        assertThat(cafe.store.orders().find(orders.get(3).id()).orElseThrow().status()).isEqualTo(OrderStatus.REJECTED);
    }

    /** No heading or footer cut short ("준비…"): each label shows its whole text inside the window. */
    private void assertHeadingsWhole(FxRobot robot, String picture) {
        Fx.run(() -> {
            ScaledPane scaled = board.view().scaled();
            Bounds window = scaled.localToScene(scaled.getLayoutBounds());
            for (String selector : List.of(".heading-ko", ".heading-en", ".footer", ".attention-heading-ko", ".attention-heading-en")) {
                for (Node n : robot.lookup(selector).queryAll()) {
                    Label l = (Label) n;
                    if (!l.isVisible() || !l.getParent().isVisible()) {
                        continue;
                    }
                    Node text = l.lookup(".text");
                    String shown = text == null ? l.getText() : ((javafx.scene.text.Text) text).getText();
                    assertThat(shown).as(picture + " " + selector).isEqualTo(l.getText());
                    Bounds b = l.localToScene(l.getLayoutBounds());
                    assertThat(b.getMaxX()).as(picture + " " + selector + " inside the window").isLessThanOrEqualTo(window.getMaxX() + 1);
                }
            }
        });
    }

    private void ready(Order o) {
        Cafe.offFx(() -> {
            cafe.store.orders().transition(o.id(), OrderStatus.IN_PREPARATION, "station-A", "started");
            cafe.store.orders().transition(o.id(), OrderStatus.READY, "station-A", "done");
            return null;
        });
    }
}
