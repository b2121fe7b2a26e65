package com.brewline.barista.station;

import com.brewline.barista.station.tickets.TicketCell;
import com.brewline.barista.station.tickets.TicketViewModel;

import com.brewline.barista.app.StationScreen;
import com.brewline.barista.testing.Cafe;
import com.brewline.testkit.fx.Fx;
import com.brewline.screens.DisplaySettings;
import com.brewline.model.BusinessDay;
import com.brewline.model.Order;
import com.brewline.model.OrderEvent;
import com.brewline.model.OrderStatus;
import com.brewline.pickup.app.BoardScreen;
import com.brewline.barista.testing.Tap;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
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
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The station and the pickup board against one real database whose orders are paid by another JVM
 * through the real checkout and the sandbox provider.
 */
@ExtendWith(ApplicationExtension.class)
class StationFlowIT {
    @TempDir
    static Path dir;
    private Cafe cafe;
    private StationScreen station;
    private BoardScreen board;

    @Start
    void start(Stage stage) {
        cafe = Cafe.open(dir, Clock.systemUTC());
        DisplaySettings settings = DisplaySettings.defaults("station-A");
        board = BoardScreen.create(cafe.boardContext(settings, Clock.systemUTC()));
        Stage boardStage = new Stage();
        boardStage.setScene(new Scene(board.view().root(), 1280, 720));
        boardStage.show();
        station = StationScreen.create(cafe.stationContext("station-A"));
        stage.setScene(new Scene(station.view().root(), 1920, 1080));
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    @AfterEach
    void stop() {
        Fx.run(() -> {
            station.close();
            board.close();
        });
        cafe.close();
    }

    @Test
    void ordersFromAnotherProcessAreWorkedThroughTheirWholeLife(FxRobot robot) throws Exception {
        StationViewModel vm = station.viewModel();
        List<String> paid = cafe.payOrdersInAnotherProcess(4);
        assertThat(paid).hasSize(4);

        // Tickets appear without a refresh, oldest paid first, and a chime was asked for.
        Fx.waitUntil(10, "4 tickets", () -> vm.tickets().all().size() == 4,
                () -> "station shows " + vm.tickets().all().size() + " after " + vm.snapshotsAppliedProperty().get()
                        + " snapshots; notice \"" + vm.banner().text() + "\"");
        List<Order> inDb = cafe.store.orders().openTickets();
        assertThat(inDb).isSortedAccordingTo(Comparator.comparing(Order::paidAt));
        assertThat(Fx.call(() -> vm.tickets().all().stream().map(TicketViewModel::orderId).toList()))
                .containsExactlyElementsOf(inDb.stream().map(Order::id).toList());
        // the cards are made by the list's next layout pass, not with the view model's list
        Fx.waitUntil(5, "4 ticket cards", () -> shownNumbersLeftToRight(robot).size() == 4);
        assertThat(shownNumbersLeftToRight(robot)).containsExactly("#1", "#2", "#3", "#4");
        assertThat(station.chime().requestedCount()).isPositive();
        Fx.waitUntil(5, "board shows 4 preparing", () -> board.viewModel().preparing().equals(List.of(1, 2, 3, 4)));

        Order first = inDb.get(0);
        // Start by touch.
        robot.clickOn(button(robot, 1, ".start-button"));
        waitForStatus(first.id(), OrderStatus.IN_PREPARATION);
        Fx.waitUntil(5, "ticket #1 shows as started", () -> vm.tickets().all().get(0).started());

        // Check the first item off.
        Fx.tap(robot.from(cell(robot, 1)).lookup(".line").<Node>query());
        Fx.waitFor(5, "line 0 done in the database",
                () -> cafe.store.orders().find(first.id()).orElseThrow().linesDone().get(0));

        // Done: READY; the board moves the number over and highlights it; the ready strip offers it.
        Fx.tap(button(robot, 1, ".done-button"));
        waitForStatus(first.id(), OrderStatus.READY);
        Fx.waitUntil(5, "board shows #1 ready and fresh",
                () -> board.viewModel().ready().contains(1) && board.viewModel().fresh().contains(1)
                        && !board.viewModel().preparing().contains(1));
        assertThat(cafe.store.readModel().pickupBoard().ready()).extracting(r -> r.pickupNumber()).containsExactly(1);
        Fx.waitUntil(5, "ready strip has #1", () -> robot.lookup("#handover-1").tryQuery().isPresent());
        Fx.waitUntil(5, "#1 left the tickets", () -> vm.tickets().all().size() == 3);

        // Recall: back to its original place with its original timer.
        Tap.on(robot, "#recallButton");
        waitForStatus(first.id(), OrderStatus.IN_PREPARATION);
        Fx.waitUntil(5, "#1 back in first place", () -> vm.tickets().all().size() == 4 && vm.tickets().all().get(0).orderId() == first.id());
        assertThat(cafe.store.orders().find(first.id()).orElseThrow().paidAt()).isEqualTo(first.paidAt());
        Fx.waitUntil(5, "board shows #1 preparing again", () -> board.viewModel().preparing().contains(1)
                && !board.viewModel().ready().contains(1));

        // Keyboard bump: select the 1st ticket, Enter = done.
        robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER);
        waitForStatus(first.id(), OrderStatus.READY);

        // Picked up, from the ready strip.
        Fx.waitUntil(5, "ready strip has #1 again", () -> robot.lookup("#handover-1").tryQuery().isPresent());
        Tap.on(robot, "#handover-1");
        waitForStatus(first.id(), OrderStatus.PICKED_UP);
        Fx.waitUntil(5, "board no longer shows #1", () -> !board.viewModel().ready().contains(1)
                && !board.viewModel().preparing().contains(1));

        // Reject #2 by keyboard with the first reason: refunded through the provider.
        Order second = inDb.get(1);
        robot.type(KeyCode.DIGIT1).type(KeyCode.X);
        Fx.waitUntil(5, "reason chooser", vm.reject()::choosing);
        robot.type(KeyCode.DIGIT1);
        waitForStatus(second.id(), OrderStatus.REJECTED);
        List<OrderEvent> history = cafe.store.orders().history(second.id());
        assertThat(history.get(history.size() - 1).reason()).isEqualTo(vm.messages().text("reject.reason.soldOut"));
        Fx.waitFor(10, "refund done", () -> cafe.store.payments().refundsDue().isEmpty());
        assertThat(cafe.sandbox.payment(second.paymentOrderId()).orElseThrow().status()).isEqualTo("CANCELED");
        Fx.waitUntil(5, "notice of the rejection", () -> vm.banner().text().contains("#2"));
        Fx.waitUntil(5, "board dropped #2", () -> !board.viewModel().preparing().contains(2)
                && !board.viewModel().ready().contains(2));

        // A customer cancels #3 at a kiosk: it vanishes with a notice.
        Order third = inDb.get(2);
        cafe.stationContext("kiosk-1").refunds().cancelByCustomer(third.id(), "kiosk-1");
        Fx.waitUntil(5, "#3 vanished", () -> vm.tickets().all().stream().noneMatch(t -> t.orderId() == third.id()));
        Fx.waitUntil(5, "cancel notice", () -> vm.banner().text().contains("#3"));
        Fx.waitUntil(5, "board dropped #3", () -> !board.viewModel().preparing().contains(3));
        assertThat(robot.lookup(".notice").queryAs(Label.class).isVisible()).isTrue();

        // Keyboard: S starts, Enter bumps the selected (now only) ticket #4.
        Order fourth = inDb.get(3);
        robot.type(KeyCode.DIGIT1).type(KeyCode.S);
        waitForStatus(fourth.id(), OrderStatus.IN_PREPARATION);
        robot.type(KeyCode.ENTER);
        waitForStatus(fourth.id(), OrderStatus.READY);

        // Closing with #4 still waiting for pickup is refused and lists it.
        Tap.on(robot, "#closeDayButton");
        Fx.waitUntil(5, "close asks first", () -> vm.day().confirmingProperty().get() != null);
        Tap.on(robot, "#dayConfirmButton");
        Fx.waitUntil(5, "close refused", () -> vm.day().closeRefusedProperty().get() != null);
        assertThat(vm.day().closeRefusedProperty().get()).extracting(Order::id).containsExactly(fourth.id());
        assertThat(robot.lookup(".open-order-row").queryAs(Label.class).getText()).startsWith("#4");
        assertThat(cafe.store.days().current().orElseThrow().state().name()).isEqualTo("OPEN");
        Tap.on(robot, "#closeRefusedOk");

        // Hand it over (P), then the day closes and the summary shows the day's figures.
        robot.type(KeyCode.P);
        waitForStatus(fourth.id(), OrderStatus.PICKED_UP);
        Tap.on(robot, "#closeDayButton");
        Tap.on(robot, "#dayConfirmButton");
        Fx.waitUntil(5, "summary", () -> vm.day().summaryProperty().get() != null);
        assertThat(vm.day().summaryProperty().get().ordersPaid()).isEqualTo(4);
        assertThat(vm.day().summaryProperty().get().cancelled()).isEqualTo(1);
        assertThat(vm.day().summaryProperty().get().rejected()).isEqualTo(1);
        assertThat(robot.lookup("#summary-ordersPaid").queryAs(Label.class).getText()).isEqualTo("4");
        long closedDay = cafe.store.days().current().orElseThrow().id();
        Tap.on(robot, "#summaryOk");

        // Open a new day: pickup numbers restart at 1. Then pause it: kiosks stop taking orders.
        Tap.on(robot, "#openDayButton");
        Fx.waitFor(5, "a new day open", () -> cafe.store.days().current().orElseThrow().id() != closedDay
                && cafe.store.days().current().orElseThrow().state() == BusinessDay.State.OPEN);
        Order next = com.brewline.barista.testing.Orders.paidInProcess(cafe.store, 7, Instant.now());
        assertThat(next.pickupNumber()).isEqualTo(1);
        Fx.waitUntil(5, "the new day's #1 on the station", () -> vm.tickets().all().size() == 1
                && vm.tickets().all().get(0).orderId() == next.id());
        Fx.waitUntil(5, "pause enabled", () -> !robot.lookup("#pauseDayButton").query().isDisabled());
        Tap.on(robot, "#pauseDayButton");
        Tap.on(robot, "#dayConfirmButton");
        Fx.waitFor(5, "day paused", () -> cafe.store.days().current().orElseThrow().state() == BusinessDay.State.PAUSED);
    }

    private List<String> shownNumbersLeftToRight(FxRobot robot) {
        return Fx.call(() -> robot.lookup(".ticket-cell").queryAllAs(TicketCell.class).stream()
                .filter(c -> c.getItem() != null && c.isVisible())
                .sorted(Comparator.comparingDouble(c -> c.localToScene(0, 0).getX()))
                .map(c -> "#" + c.getItem().order().pickupNumber()).toList());
    }

    private TicketCell cell(FxRobot robot, int pickupNumber) {
        return Fx.call(() -> robot.lookup(".ticket-cell").queryAllAs(TicketCell.class).stream()
                .filter(c -> c.getItem() != null && c.getItem().order().pickupNumber() == pickupNumber)
                .findFirst().orElseThrow(() -> new AssertionError("no cell for #" + pickupNumber)));
    }

    private Node button(FxRobot robot, int pickupNumber, String styleClass) {
        return robot.from(cell(robot, pickupNumber)).lookup(styleClass).query();
    }

    private void waitForStatus(long orderId, OrderStatus status) {
        Fx.waitFor(10, "order " + orderId + " " + status,
                () -> cafe.store.orders().find(orderId).orElseThrow().status() == status);
    }

    @SuppressWarnings("unused")
    private static Instant now() {
        return Instant.now();
    }
}
