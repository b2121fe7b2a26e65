package com.brewline.barista.kitchen;

import com.brewline.barista.app.KitchenScreens;
import com.brewline.barista.testing.Cafe;
import com.brewline.display.I18n;
import com.brewline.kitchen.Heartbeat;
import com.brewline.kitchen.ProcessKind;
import com.brewline.kitchen.Station;
import com.brewline.kitchen.StationRouting;
import com.brewline.testkit.TestClock;
import com.brewline.testkit.fx.Fx;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kiosks get the stations' start grace (StationWatch.inStartGrace) in the station's status strip: no kiosk has beaten
 * yet is "no kiosk seen yet", grey, during the strip's first silentAfter (before its first reading too), never the red
 * "no kiosk connected"; red once the grace is over, and a kiosk seen and stopped is red at once. Driven on a stepped
 * clock through the real view, shown in both languages.
 */
@ExtendWith(ApplicationExtension.class)
class KioskStripGraceIT {
    private static final StationRouting ROUTING = StationRouting.of(List.of(
            new Station("bar", "에스프레소 바", List.of("coffee", "non-coffee", "tea", "ade-smoothie", "dessert"))));
    private static final Duration SILENT_AFTER = Duration.ofSeconds(60);
    private static final Instant T0 = Instant.parse("2026-11-29T03:00:00Z");

    @TempDir
    Path dir;
    private Stage window;
    private Cafe cafe;

    @Start
    void open(Stage window) {
        this.window = window;
        this.cafe = Cafe.open(dir, Clock.systemUTC());
    }

    @AfterEach
    void closeCafe() {
        cafe.close();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void noKioskIsNotSeenYetDuringTheGraceAndNotConnectedAfterIt() {
        for (Locale language : List.of(Locale.KOREAN, Locale.ENGLISH)) {
            boolean korean = language == Locale.KOREAN;
            String notYet = korean ? "키오스크 연결 확인 중" : "No kiosk seen yet";
            String none = korean ? "연결된 키오스크 없음" : "No kiosk connected";
            TestClock wall = new TestClock(T0);
            AtomicLong nanos = new AtomicLong(7_000_000_000L);
            try (KitchenStatusViewModel vm = new KitchenStatusViewModel(cafe.store, ROUTING, SILENT_AFTER, wall,
                    Platform::runLater, new I18n(KitchenScreens.MESSAGES, language), nanos::get)) {
                Parent strip = show(vm);

                // shown before its first reading: nothing is known yet, so nothing is red
                assertKioskChip(strip, notYet, false);
                read(vm);
                assertKioskChip(strip, notYet, false);
                Fx.screenshot(strip, "station-strip-no-kiosk-seen-yet-" + (korean ? "ko" : "en"));

                // the last moment of the grace: still not seen yet
                step(wall, nanos, SILENT_AFTER);
                read(vm);
                assertKioskChip(strip, notYet, false);

                // the grace is over and no kiosk has ever beaten: staff must look
                step(wall, nanos, Duration.ofSeconds(1));
                read(vm);
                assertKioskChip(strip, none, true);
                Fx.screenshot(strip, "station-strip-no-kiosk-connected-" + (korean ? "ko" : "en"));
            }
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aKioskSeenAndStoppedIsRedAtOnceEvenWithinTheGrace() {
        TestClock wall = new TestClock(T0);
        AtomicLong nanos = new AtomicLong(0);
        // the kiosk beat two minutes before this strip started, and has not since
        Cafe.offFx(() -> {
            cafe.store.heartbeats().beat(new Heartbeat(ProcessKind.KIOSK, "kiosk-1", null, T0.minusSeconds(120), null,
                    null, null));
            return null;
        });
        try (KitchenStatusViewModel vm = new KitchenStatusViewModel(cafe.store, ROUTING, SILENT_AFTER, wall,
                Platform::runLater, new I18n(KitchenScreens.MESSAGES, Locale.ENGLISH), nanos::get)) {
            Parent strip = show(vm);
            read(vm);
            assertKioskChip(strip, "kiosk-1 not answering (2 min)", true);
        }
    }

    /** The strip alone in the window, as wide as a station screen's top line. */
    private Parent show(KitchenStatusViewModel vm) {
        return Fx.call(() -> {
            Parent root = KitchenStatusView.load(vm).root();
            window.setScene(new Scene(root, 1280, 120));
            window.show();
            return root;
        });
    }

    private static void assertKioskChip(Parent strip, String text, boolean red) {
        List<Label> chips = Fx.call(() -> kioskChips(strip));
        assertThat(chips).hasSize(1);
        Label chip = chips.get(0);
        assertThat(Fx.call(chip::getText)).isEqualTo(text);
        assertThat(Fx.call(chip::getPseudoClassStates)).as(text)
                .matches(s -> s.contains(KitchenStatusView.SILENT) == red, red ? "red" : "not red")
                .matches(s -> s.contains(KitchenStatusView.UNKNOWN) == !red, red ? "not grey" : "grey");
    }

    private static List<Label> kioskChips(Parent strip) {
        return strip.lookupAll(".kiosk-chip").stream().map(Label.class::cast).toList();
    }

    private static void step(TestClock wall, AtomicLong nanos, Duration by) {
        wall.advance(by);
        nanos.addAndGet(by.toNanos());
    }

    /** One reading, shown (the view model reads on a thread of its own and hands the result to the FX thread). */
    private static void read(KitchenStatusViewModel vm) {
        int before = Fx.call(() -> vm.readingsProperty().get());
        vm.readNow();
        Fx.waitFor(10, "a reading", () -> vm.readingsProperty().get() > before);
    }
}
