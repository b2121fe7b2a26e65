package com.brewline.pickup.board;

import com.brewline.screens.DisplaySettings;
import com.brewline.barista.testing.Cafe;
import com.brewline.testkit.fx.Fx;
import com.brewline.testkit.TestClock;
import com.brewline.barista.testing.Orders;
import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.pickup.app.BoardScreen;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The board moves a number over when it turns ready, highlights and chimes once, and lets it go. */
@ExtendWith(ApplicationExtension.class)
class PickupBoardIT {
    @TempDir
    Path dir;
    private final TestClock clock = new TestClock(Instant.now());
    private Cafe cafe;
    private BoardScreen board;

    @Start
    void start(Stage stage) {
        cafe = Cafe.open(dir, Clock.systemUTC());
        board = BoardScreen.create(cafe.boardContext(
                DisplaySettings.defaults("board").withReadyShownFor(Duration.ofMinutes(3)), clock));
        stage.setScene(new Scene(board.view().root(), 1920, 1080));
        stage.show();
    }

    @AfterEach
    void stop() {
        Fx.run(board::close);
        cafe.close();
    }

    @Test
    void readyNumbersMoveOverAndLeave(FxRobot robot) throws Exception {
        List<String> paid = cafe.payOrdersInAnotherProcess(3);
        assertThat(paid).hasSize(3);
        Fx.waitUntil(10, "three preparing", () -> board.viewModel().preparing().equals(List.of(1, 2, 3)));
        assertThat(robot.lookup("#preparing-2").tryQuery()).isPresent();
        long chimesBefore = board.chime().requestedCount();

        Order second = cafe.store.orders().openTickets().get(1);
        cafe.store.orders().transition(second.id(), OrderStatus.IN_PREPARATION, "station-A", "started");
        cafe.store.orders().transition(second.id(), OrderStatus.READY, "station-A", "done");
        Fx.waitUntil(5, "#2 ready", () -> board.viewModel().ready().equals(List.of(2))
                && board.viewModel().preparing().equals(List.of(1, 3)));
        Node label = robot.lookup("#ready-2").query();
        assertThat(label.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("fresh"));
        assertThat(board.viewModel().calls()).containsExactly(2);
        Fx.waitFor(5, "one chime", () -> board.chime().requestedCount() == chimesBefore + 1);

        // The highlight ends; after the configured time, still not picked up, it moves to "not collected yet".
        clock.advance(BoardScreen.HIGHLIGHT_FOR.plusSeconds(1));
        Fx.run(() -> board.viewModel().tick());
        assertThat(label.getPseudoClassStates()).doesNotContain(PseudoClass.getPseudoClass("fresh"));
        assertThat(board.viewModel().ready()).containsExactly(2);
        clock.advance(Duration.ofMinutes(3));
        Fx.run(() -> board.viewModel().tick());
        assertThat(board.viewModel().ready()).isEmpty();
        assertThat(board.viewModel().notCollected()).containsExactly(2);
        Fx.waitUntil(5, "#2 under not collected yet", () -> robot.lookup("#not-collected-2").tryQuery().isPresent());

        // Picked up: it leaves at once.
        cafe.store.orders().transition(second.id(), OrderStatus.PICKED_UP, "station-A", "picked up");
        Fx.waitUntil(5, "#2 collected", () -> board.viewModel().notCollected().isEmpty());
        Order third = cafe.store.orders().openTickets().get(1);
        clock.set(Instant.now());
        cafe.store.orders().transition(third.id(), OrderStatus.IN_PREPARATION, "station-A", "started");
        cafe.store.orders().transition(third.id(), OrderStatus.READY, "station-A", "done");
        Fx.waitUntil(5, "#3 ready", () -> board.viewModel().ready().equals(List.of(3)));
        cafe.store.orders().transition(third.id(), OrderStatus.PICKED_UP, "station-A", "picked up");
        Fx.waitUntil(5, "#3 gone", () -> board.viewModel().ready().isEmpty() && board.viewModel().preparing().equals(List.of(1)));
        assertThat(robot.lookup("#ready-3").tryQuery()).isEmpty();
    }
}
