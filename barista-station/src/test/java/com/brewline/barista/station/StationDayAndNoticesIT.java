package com.brewline.barista.station;

import com.brewline.screens.DisplaySettings;
import com.brewline.barista.app.StationScreen;
import com.brewline.barista.testing.Cafe;
import com.brewline.testkit.fx.Fx;
import com.brewline.testkit.TestClock;
import com.brewline.barista.testing.Orders;
import com.brewline.model.BusinessDay;
import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.barista.testing.Tap;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, the station: pausing and closing the day ask first and say what will happen; a banner
 * about an order goes once the order moves on, any banner once read; a clock set back never shows
 * a negative wait.
 */
@ExtendWith(ApplicationExtension.class)
class StationDayAndNoticesIT {
    @TempDir
    Path dir;
    private final Instant paidAt = Instant.parse("2026-11-23T09:00:00Z");
    private final TestClock stationClock = new TestClock(paidAt.plusSeconds(90));
    private Cafe cafe;
    private StationScreen station;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        cafe = Cafe.open(dir, Clock.systemUTC());
        show(Locale.KOREAN);
    }

    private void show(Locale locale) {
        if (station != null) {
            station.close();
        }
        DisplaySettings settings = new DisplaySettings("station-A", 1.0, 1.5, Duration.ofMinutes(5), false, locale);
        station = StationScreen.create(cafe.stationContext("station-A", settings, stationClock));
        stage.setScene(new Scene(station.view().root(), 1920, 1080));
        stage.show();
    }

    @AfterEach
    void stop() {
        Fx.run(station::close);
        cafe.close();
    }

    @Test
    void pausingAndClosingAskFirstAndSayHowManyOrdersAreOpen(FxRobot robot) throws Exception {
        StationViewModel vm = station.viewModel();
        Cafe.offFx(() -> Orders.paidInProcess(cafe.store, 1, paidAt));
        Cafe.offFx(() -> Orders.paidInProcess(cafe.store, 2, paidAt));
        Fx.waitUntil(5, "2 tickets", () -> vm.tickets().all().size() == 2);

        Tap.on(robot, "#pauseDayButton");
        Fx.waitUntil(5, "the pause asks first", () -> robot.lookup("#dayConfirmOverlay").query().isVisible());
        assertThat(state()).isEqualTo(BusinessDay.State.OPEN);
        assertThat(robot.lookup("#dayConfirmText").queryAs(Label.class).getText()).contains("2건");
        Fx.screenshot(station.view().root(), "station-confirm-pause-ko");
        Tap.on(robot, "#dayConfirmCancel");
        Fx.waitUntil(5, "the question went", () -> !robot.lookup("#dayConfirmOverlay").query().isVisible());
        assertThat(state()).isEqualTo(BusinessDay.State.OPEN);

        Tap.on(robot, "#closeDayButton");
        Fx.waitUntil(5, "the close asks first", () -> robot.lookup("#dayConfirmOverlay").query().isVisible());
        assertThat(robot.lookup("#dayConfirmText").queryAs(Label.class).getText()).contains("2건");
        Fx.screenshot(station.view().root(), "station-confirm-close-ko");
        assertThat(state()).isEqualTo(BusinessDay.State.OPEN);
        Tap.on(robot, "#dayConfirmButton");
        Fx.waitUntil(5, "close refused, listing the open orders", () -> vm.day().closeRefusedProperty().get() != null);
        Tap.on(robot, "#closeRefusedOk");

        Tap.on(robot, "#pauseDayButton");
        Tap.on(robot, "#dayConfirmButton");
        Fx.waitFor(5, "paused", () -> state() == BusinessDay.State.PAUSED);

        Fx.run(() -> show(Locale.ENGLISH));
        Fx.waitUntil(5, "2 tickets", () -> station.viewModel().tickets().all().size() == 2);
        Tap.on(robot, "#closeDayButton");
        Fx.waitUntil(5, "the close asks first", () -> robot.lookup("#dayConfirmOverlay").query().isVisible());
        assertThat(robot.lookup("#dayConfirmText").queryAs(Label.class).getText()).contains("2 waiting");
        Fx.screenshot(station.view().root(), "station-confirm-close-en");
    }

    @Test
    void aRecallBannerGoesWhenTheOrderMovesOnAndACancelBannerWhenRead(FxRobot robot) throws Exception {
        StationViewModel vm = station.viewModel();
        Order first = Cafe.offFx(() -> Orders.paidInProcess(cafe.store, 1, paidAt));
        Order second = Cafe.offFx(() -> Orders.paidInProcess(cafe.store, 2, paidAt));
        Fx.waitUntil(5, "2 tickets", () -> vm.tickets().all().size() == 2);

        vm.tickets().bump(Fx.call(() -> vm.tickets().all().get(0))).get();
        vm.recall().recall().get();
        Fx.waitUntil(5, "the recall banner", () -> vm.banner().text().contains("#" + first.pickupNumber()));
        Fx.waitUntil(5, "the recall banner still up while #1 is in preparation",
                () -> robot.lookup("#noticeBar").query().isVisible());
        Fx.screenshot(station.view().root(), "station-notice-recalled-ko");
        vm.tickets().bump(Fx.call(() -> vm.tickets().all().get(0))).get();
        Fx.waitFor(5, "#1 ready again", () -> status(first) == OrderStatus.READY);
        Fx.waitUntil(5, "the recall banner went once #1 moved on", () -> vm.banner().text().isEmpty()
                && !robot.lookup("#noticeBar").query().isVisible());

        Cafe.offFx(() -> cafe.stationContext("kiosk-1").refunds().cancelByCustomer(second.id(), "kiosk-1"));
        Fx.waitUntil(5, "the cancel banner", () -> vm.banner().text().contains("#" + second.pickupNumber()));
        Tap.on(robot, "#dismissNoticeButton");
        Fx.waitUntil(5, "the cancel banner went once read", () -> vm.banner().text().isEmpty());
    }

    @Test
    void aClockSetBackShowsNoNegativeWait(FxRobot robot) {
        StationViewModel vm = station.viewModel();
        Cafe.offFx(() -> Orders.paidInProcess(cafe.store, 1, paidAt));
        Fx.waitUntil(5, "the ticket", () -> vm.tickets().all().size() == 1);
        stationClock.set(paidAt.minus(Duration.ofHours(1)));
        Fx.run(vm.tickets()::tick);
        assertThat(Fx.call(() -> vm.tickets().all().get(0).waited(stationClock.instant()))).isEqualTo(Duration.ZERO);
        // the list lays its cells out on a later pulse than the model's change: wait for the card, then read it
        Fx.waitUntil(5, "the ticket's card with its wait", () -> robot.lookup(".waited").tryQuery().isPresent());
        assertThat(Fx.call(() -> robot.lookup(".waited").queryLabeled().getText())).isEqualTo("0:00");
    }

    @Test
    void anUrgentOrderMovesToTheFrontAndSaysWhy(FxRobot robot) throws Exception {
        StationViewModel vm = station.viewModel();
        Order first = Cafe.offFx(() -> Orders.paidInProcess(cafe.store, 1, paidAt));
        Cafe.offFx(() -> Orders.paidInProcess(cafe.store, 2, paidAt));
        Order third = Cafe.offFx(() -> Orders.paidInProcess(cafe.store, 3, paidAt));
        Fx.waitUntil(5, "3 tickets", () -> vm.tickets().all().size() == 3);

        robot.type(KeyCode.DIGIT3).type(KeyCode.U);
        Fx.waitUntil(5, "the reasons", () -> robot.lookup("#urgentOverlay").query().isVisible());
        Tap.on(robot, "#urgent-reason-1");
        Fx.waitUntil(5, "#3 at the front", () -> vm.tickets().all().get(0).orderId() == third.id()
                && vm.tickets().all().get(1).orderId() == first.id());
        assertThat(Cafe.offFx(() -> cafe.store.orders().urgentOrders()).get(third.id()).reason())
                .isEqualTo(vm.messages().text("urgent.reason.waiting"));
        assertThat(status(third)).isEqualTo(OrderStatus.PAID);
        Fx.waitUntil(5, "the reason on the ticket", () -> robot.lookup(".urgent-reason").queryAll().stream()
                .anyMatch(n -> n.isVisible() && ((Label) n).getText().contains(vm.messages().text("urgent.reason.waiting"))));
        Fx.screenshot(station.view().root(), "station-urgent-ko");

        // Taken back: #3 returns to its place in the queue.
        robot.type(KeyCode.DIGIT1).type(KeyCode.U);
        Fx.waitUntil(5, "the reasons again", () -> robot.lookup("#urgentClear").query().isVisible());
        Tap.on(robot, "#urgentClear");
        Fx.waitUntil(5, "#3 back in third place", () -> vm.tickets().all().get(2).orderId() == third.id());
        assertThat(Cafe.offFx(() -> cafe.store.orders().urgentOrders())).isEmpty();
    }

    private BusinessDay.State state() {
        return Cafe.offFx(() -> cafe.store.days().current().orElseThrow().state());
    }

    private OrderStatus status(Order o) {
        return cafe.store.orders().find(o.id()).orElseThrow().status();
    }
}
