package com.brewline.barista.station.alerts;

import com.brewline.barista.app.StationScreen;
import com.brewline.barista.station.StationViewModel;
import com.brewline.barista.testing.AlertRaiserMain;
import com.brewline.barista.testing.Cafe;
import com.brewline.testkit.fx.Fx;
import com.brewline.barista.testing.Orders;
import com.brewline.screens.DisplayContext;
import com.brewline.screens.DisplaySettings;
import com.brewline.screens.StoreQueuedRefunds;
import com.brewline.store.BrewlineStore;
import com.brewline.testkit.ChildJvm;
import com.brewline.testkit.TestClock;
import com.brewline.barista.testing.Tap;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff alerts on the station (issues 11, 14): a kiosk in another JVM calls for staff; the station shows it over
 * everything and rings again until a tap (or Enter) acknowledges it, and the answer is stored with the station as who
 * answered. A printer problem shows under the top bar with what to do. A store without staff alerts (PostgreSQL until
 * it has them) shows none and the station keeps working.
 */
@ExtendWith(ApplicationExtension.class)
class StaffAlertsIT {
    @TempDir
    Path dir;
    private Stage stage;
    private Cafe cafe;
    private final List<StationScreen> screens = new ArrayList<>();
    private final List<ChildJvm> kiosks = new ArrayList<>();
    /**
     * The stations' clock: the chime's repeat and the alerts' re-read are waited out by moving it (the same code
     * path as a real clock's seconds passing), not in real seconds.
     */
    private final TestClock clock = new TestClock(Instant.now());

    @Start
    void start(Stage stage) {
        this.stage = stage;
        cafe = Cafe.open(dir, Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        for (ChildJvm kiosk : kiosks) {
            kiosk.stop(Duration.ofSeconds(10));
        }
        Fx.run(() -> screens.forEach(StationScreen::close));
        cafe.close();
    }

    private StationScreen show(DisplayContext ctx, int width, int height) {
        StationScreen s = Fx.call(() -> {
            StationScreen station = StationScreen.create(ctx);
            stage.setScene(new Scene(station.view().root(), width, height));
            stage.show();
            return station;
        });
        screens.add(s);
        Fx.waitUntil(10, "first snapshot", () -> s.viewModel().snapshotsAppliedProperty().get() > 0);
        return s;
    }

    /** A kiosk's JVM that stays up and raises each alert when asked: one JVM start for a test's several alerts. */
    private ChildJvm kioskProcess() throws Exception {
        Path requests = java.nio.file.Files.createDirectories(dir.resolve("alert-requests"));
        ChildJvm kiosk = ChildJvm.start(dir, "kiosk", AlertRaiserMain.class, cafe.db.toString(),
                requests.toString(), ChildJvm.stopFile(dir, "kiosk").toString());
        kiosks.add(kiosk);
        return kiosk;
    }

    /** The kiosk process raises its next alert; its id once stored. */
    private long raiseIn(ChildJvm kiosk, String source, String kind, String message) throws Exception {
        int n = kiosk.numbersAfter("RAISED ").size() + 1;
        AlertRaiserMain.request(dir.resolve("alert-requests"), n, source, kind, message);
        try {
            Fx.waitFor(30, "alert " + n + " raised by the kiosk process", () -> kiosk.numbersAfter("RAISED ").size() >= n);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; " + kiosk.describe(), e);
        }
        return kiosk.numbersAfter("RAISED ").get(n - 1);
    }

    private String[] resolution(long id) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cafe.db);
             PreparedStatement ps = c.prepareStatement("SELECT resolved_by, resolved_at FROM staff_alerts WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return new String[]{rs.getString(1), rs.getString(2)};
            }
        }
    }

    static String texts(Node node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return String.join(" | ", out);
    }

    private static void collect(Node node, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            out.add(l.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, out));
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aStaffCallFromAKioskProcessIsLoudUntilAcknowledgedAndTheAnswerIsStored(FxRobot robot) throws Exception {
        ChildJvm kiosk = kioskProcess(); // starts while the station is built
        StationScreen station = show(cafe.stationContext("station-1", DisplaySettings.defaults("station-1"), clock),
                1920, 1080);
        StationViewModel vm = station.viewModel();
        Parent root = station.view().root();
        Cafe.offFx(() -> Orders.paidInProcess(cafe.store, 1, Instant.now()));
        Fx.waitUntil(10, "a ticket", () -> vm.tickets().all().size() == 1);

        long printer = raiseIn(kiosk, "kiosk-1", "PRINTER", "printer out of paper");
        Fx.waitUntil(10, "the printer problem under the top bar", () -> texts(root).contains("kiosk-1 영수증 프린터 문제")
                && texts(root).contains("용지를 넣고"), () -> texts(root));
        assertThat(vm.alerts().callShowing()).isFalse();
        Fx.screenshot(root, "station-printer-alert-ko-1920x1080");

        long rungBefore = station.chime().requestedCount();
        long call = raiseIn(kiosk, "kiosk-2", "STAFF_CALL", "call staff pressed");
        Fx.waitUntil(10, "the staff call over the station", () -> vm.alerts().callShowing()
                && texts(root).contains("kiosk-2에서 손님이 직원을 부릅니다"), () -> texts(root));
        // the chime rings at once and again while nobody answers
        Fx.waitUntil(10, "the chime at once", () -> station.chime().requestedCount() >= rungBefore + 1);
        clock.advance(AlertsViewModel.CHIME_EVERY);
        Fx.waitUntil(10, "the chime repeating", () -> station.chime().requestedCount() >= rungBefore + 2);
        Fx.screenshot(root, "station-staff-call-ko-1920x1080");
        Fx.run(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        Fx.waitUntil(5, "the smaller window", () -> root.getScene().getWidth() == 1024, () -> "" + root.getScene().getWidth());
        Fx.screenshot(root, "station-staff-call-ko-1024x768");
        // the bump bar does nothing behind the call: S does not start the ticket
        robot.type(KeyCode.S);
        assertThat(Cafe.offFx(() -> cafe.store.orders().openTickets().get(0).status().name())).isEqualTo("PAID");

        robot.clickOn("#ack-call-" + call);
        Fx.waitUntil(10, "the call answered", () -> !vm.alerts().callShowing());
        Fx.waitFor(10, "the answer stored", () -> {
            try {
                return resolution(call)[1] != null;
            } catch (Exception e) {
                return false;
            }
        });
        assertThat(resolution(call)[0]).isEqualTo("station-1");
        // the printer problem stays until the kiosk prints again or staff acknowledge it
        assertThat(resolution(printer)[1]).isNull();

        // a second call, answered from the bump bar with Enter
        long second = raiseIn(kiosk, "kiosk-3", "STAFF_CALL", "call staff pressed");
        Fx.waitUntil(10, "the second call", () -> vm.alerts().callShowing());
        robot.type(KeyCode.ENTER);
        Fx.waitUntil(10, "answered with Enter", () -> !vm.alerts().callShowing());
        assertThat(resolution(second)[0]).isEqualTo("station-1");
        assertThat(Cafe.offFx(() -> cafe.store.alerts().open())).extracting(a -> a.id()).containsExactly(printer);
        Tap.on(robot, "#ack-alert-" + printer); // the staff call above was answered by a walked robot click
        Fx.waitUntil(10, "the printer problem acknowledged", () -> vm.alerts().problems().isEmpty());
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void inEnglishOnASmallerScreen() throws Exception {
        DisplaySettings en = DisplaySettings.defaults("station-1").withLanguage(Locale.ENGLISH);
        ChildJvm kiosk = kioskProcess(); // starts while the station is built
        StationScreen station = show(cafe.stationContext("station-1", en, clock), 1280, 800);
        Parent root = station.view().root();
        raiseIn(kiosk, "kiosk-1", "PRINTER", "printer unreachable: connection refused");
        raiseIn(kiosk, "kiosk-1", "STATION_SILENT", "no live station");
        Fx.waitUntil(10, "the problems", () -> station.viewModel().alerts().problems().size() == 2, () -> texts(root));
        Fx.screenshot(root, "station-printer-alert-en-1280x800");
        raiseIn(kiosk, "kiosk-2", "STAFF_CALL", "call staff pressed");
        raiseIn(kiosk, "kiosk-2", "STAFF_CALL", "call staff pressed");
        Fx.waitUntil(10, "the call, pressed twice", () -> texts(root).contains("A customer at kiosk-2 is calling for staff")
                && texts(root).contains("pressed 2 times"), () -> texts(root));
        Fx.screenshot(root, "station-staff-call-en-1280x800");
        Fx.run(() -> {
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        Fx.waitUntil(5, "the larger window", () -> root.getScene().getWidth() == 1920, () -> "" + root.getScene().getWidth());
        Fx.screenshot(root, "station-staff-call-en-1920x1080");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aStoreFailingToReadAlertsIsShownAsUnknownKeepsTheCallAndTheStationKeepsWorking() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean failing = new java.util.concurrent.atomic.AtomicBoolean();
        BrewlineStore flaky = (BrewlineStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{BrewlineStore.class}, (proxy, method, args) -> {
                    if (failing.get() && List.of("alerts", "notifications").contains(method.getName())) {
                        throw new IllegalStateException("the database did not answer");
                    }
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(cafe.store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        DisplayContext ctx = new DisplayContext(flaky, new StoreQueuedRefunds(flaky), Orders.MENU,
                DisplaySettings.defaults("station-flaky").withLanguage(Locale.ENGLISH), clock, List.of());
        StationScreen station = show(ctx, 1920, 1080);
        StationViewModel vm = station.viewModel();
        Parent root = station.view().root();
        Cafe.offFx(() -> cafe.store.alerts().raise("kiosk-2", "STAFF_CALL", "call staff pressed"));
        Fx.waitUntil(10, "the call shown", () -> vm.alerts().callShowing());
        Fx.call(() -> vm.alerts().acknowledgeOldestCall()).get(10, TimeUnit.SECONDS);
        Fx.waitUntil(10, "the call answered", () -> !vm.alerts().callShowing());
        assertThat(Fx.call(() -> root.lookup("#alerts-unreadable"))).isNull();

        failing.set(true);
        Cafe.offFx(() -> cafe.store.alerts().raise("kiosk-3", "PRINTER", "out of paper"));
        Fx.waitUntil(15, "the alerts shown as unknown", () -> vm.alerts().readFailedProperty().get());
        Fx.waitUntil(5, "the unknown said on screen", () -> root.lookup("#alerts-unreadable") != null
                && root.lookup("#alerts-unreadable").isVisible());
        assertThat(Fx.call(() -> ((Labeled) root.lookup("#alerts-unreadable")).getText()))
                .contains("cannot be read").doesNotContain("{");
        Fx.screenshot(root, "station-alerts-unreadable-en-1920x1080");
        // the station keeps working: a ticket arrives (without a phone number the store could not give) and starts
        Cafe.offFx(() -> Orders.paidInProcess(cafe.store, 2, Instant.now()));
        Fx.waitUntil(10, "the ticket still arrives", () -> vm.tickets().all().size() == 1);
        assertThat(vm.tickets().start(Fx.call(() -> vm.tickets().all().get(0))).get(10, TimeUnit.SECONDS)).isTrue();

        failing.set(false);
        // nothing changed in the store since: the station's regular re-read is what finds them readable again
        clock.advance(AlertsViewModel.REREAD_EVERY);
        Fx.waitUntil(15, "the alerts read again", () -> !vm.alerts().readFailedProperty().get()
                && vm.alerts().problems().size() == 1);
        assertThat(Fx.call(() -> root.lookup("#alerts-unreadable"))).isNull();
    }
}
