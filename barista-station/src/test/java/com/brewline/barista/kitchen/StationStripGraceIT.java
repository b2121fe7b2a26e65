package com.brewline.barista.kitchen;

import com.brewline.barista.app.KitchenScreens;
import com.brewline.barista.app.StationScreen;
import com.brewline.barista.testing.Cafe;
import com.brewline.barista.testing.OnStage;
import com.brewline.config.BrewlineConfig;
import com.brewline.display.I18n;
import com.brewline.kitchen.Heartbeat;
import com.brewline.kitchen.ProcessKind;
import com.brewline.kitchen.Station;
import com.brewline.kitchen.StationRouting;
import com.brewline.screens.DisplayContext;
import com.brewline.screens.DisplaySettings;
import com.brewline.testkit.TestClock;
import com.brewline.testkit.fx.Fx;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
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
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The station's own status strip tells the truth the kiosk tells (StationWatch's start grace): a station it has
 * never seen is "not seen yet" during its first silentAfter, never "not answering"; silent once it was seen and
 * stopped, or once the grace is over. Judged on a stepped clock, then shown as the station shows it (ko/en,
 * landscape/portrait) right after the start, before any station has beaten; the payment provider nobody has asked yet
 * is unknown (grey) too, not "not answering" (red).
 */
@ExtendWith(ApplicationExtension.class)
class StationStripGraceIT {
    private static final StationRouting ROUTING = StationRouting.of(List.of(
            new Station("bar", "에스프레소 바", List.of("coffee", "non-coffee", "tea")),
            new Station("cold", "콜드 바", List.of("ade-smoothie")),
            new Station("dessert", "디저트", List.of("dessert"))));
    private static final Duration SILENT_AFTER = Duration.ofSeconds(60);
    private static final BrewlineConfig.Kitchen KITCHEN = new BrewlineConfig.Kitchen(ROUTING.stations(), 0, 0,
            Duration.ofSeconds(10), SILENT_AFTER);

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
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aStationNeverSeenIsNotYetSeenDuringTheGraceAndSilentAfterIt() {
        Instant t0 = Instant.parse("2026-11-29T03:00:00Z");
        TestClock wall = new TestClock(t0);
        AtomicLong nanos = new AtomicLong(5_000_000_000L);
        // the cold bar beat two minutes before this strip started: seen, and stopped since
        beat("cold", t0.minusSeconds(120));
        KitchenStatusViewModel vm = new KitchenStatusViewModel(cafe.store, ROUTING, SILENT_AFTER, wall, Runnable::run,
                new I18n(KitchenScreens.MESSAGES, Locale.ENGLISH), nanos::get);
        onStage.keep(vm);

        read(vm);
        assertThat(vm.stationsProperty().get())
                .isEqualTo("Stations not answering: 콜드 바 · Stations not seen yet: 에스프레소 바, 디저트");
        assertThat(vm.stationSilentProperty().get()).isTrue();
        assertThat(vm.stationUnknownProperty().get()).isTrue();
        // nobody has asked the payment provider yet: unknown, not "not answering"
        assertThat(vm.providerProperty().get()).isEqualTo("Payment provider: unknown");
        assertThat(vm.providerUnknownProperty().get()).isTrue();
        assertThat(vm.providerDownProperty().get()).isFalse();
        Cafe.offFx(() -> {
            cafe.store.heartbeats().beat(new Heartbeat(ProcessKind.PAYMENT_JOBS, "kiosk-1", null, t0, "circuit OPEN",
                    false, t0));
            return null;
        });
        read(vm);
        assertThat(vm.providerProperty().get()).startsWith("Payment provider not answering");
        assertThat(vm.providerDownProperty().get()).isTrue();
        assertThat(vm.providerUnknownProperty().get()).isFalse();

        // the bar's screen beats; the dessert counter still has nobody, 59 s into the grace
        step(wall, nanos, Duration.ofSeconds(59));
        beat("bar", wall.instant());
        beat("cold", wall.instant());
        read(vm);
        assertThat(vm.stationsProperty().get()).isEqualTo("Stations not seen yet: 디저트");
        assertThat(vm.stationSilentProperty().get()).isFalse();
        assertThat(vm.stationUnknownProperty().get()).isTrue();

        // the grace is over: a station never seen is silent now, as the kiosk says
        step(wall, nanos, Duration.ofSeconds(2));
        read(vm);
        assertThat(vm.stationsProperty().get()).isEqualTo("Stations not answering: 디저트");
        assertThat(vm.stationSilentProperty().get()).isTrue();
        assertThat(vm.stationUnknownProperty().get()).isFalse();

        // every station beats: all connected; the bar stops: silent once its beat is older than silentAfter
        beat("dessert", wall.instant());
        read(vm);
        assertThat(vm.stationsProperty().get()).isEqualTo("Every station connected");
        step(wall, nanos, Duration.ofSeconds(40));
        beat("cold", wall.instant());
        beat("dessert", wall.instant());
        step(wall, nanos, Duration.ofSeconds(21));
        read(vm);
        assertThat(vm.stationsProperty().get()).isEqualTo("Stations not answering: 에스프레소 바");
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void theStationsStripRightAfterTheStartCallsNoStationSilent() throws Exception {
        for (Locale language : List.of(Locale.KOREAN, Locale.ENGLISH)) {
            boolean korean = language == Locale.KOREAN;
            DisplaySettings settings = DisplaySettings.defaults("bar").withRouting(ROUTING).withLanguage(language)
                    .withSound(false);
            DisplayContext ctx = cafe.stationContext("bar", settings, Clock.systemUTC());
            StationScreen station = Fx.call(() -> StationScreen.create(ctx));
            onStage.keep(station);
            // as BaristaMain shows it: the strip above the station, read at once when it starts
            KitchenScreens.Built built = Fx.call(() -> {
                KitchenScreens.Built b = KitchenScreens.withStatusStrip(station.view().root(), ctx, KITCHEN);
                stage.setScene(new Scene(b.root(), 1920, 1080));
                stage.show();
                return b;
            });
            onStage.keep(built);
            Fx.waitUntil(10, "the strip's first reading", () -> texts(built.root()).contains(
                    korean ? "연결 확인 중인 스테이션: 에스프레소 바, 콜드 바, 디저트"
                            : "Stations not seen yet: 에스프레소 바, 콜드 바, 디저트"), () -> texts(built.root()));
            String shown = texts(built.root());
            assertThat(shown).doesNotContain("응답 없는 스테이션").doesNotContain("not answering");
            Label chip = Fx.call(() -> (Label) built.root().lookupAll(".status-chip").stream()
                    .filter(n -> ((Labeled) n).getText().contains(korean ? "연결 확인 중" : "not seen yet"))
                    .findFirst().orElseThrow());
            assertThat(chip.getPseudoClassStates()).contains(KitchenStatusView.UNKNOWN)
                    .doesNotContain(KitchenStatusView.SILENT);
            Label provider = Fx.call(() -> (Label) built.root().lookupAll(".status-chip").stream()
                    .filter(n -> ((Labeled) n).getText().equals(korean ? "결제사 상태 모름" : "Payment provider: unknown"))
                    .findFirst().orElseThrow());
            assertThat(provider.getPseudoClassStates()).contains(KitchenStatusView.UNKNOWN)
                    .doesNotContain(KitchenStatusView.SILENT);
            String lang = korean ? "ko" : "en";
            Fx.screenshot(built.root(), "station-strip-not-seen-yet-" + lang + "-landscape");
            Fx.run(() -> {
                stage.getScene().setRoot(new javafx.scene.layout.Pane()); // the root moves to a portrait scene
                stage.setScene(new Scene(built.root(), 1080, 1920));
                stage.sizeToScene(); // else the window keeps its landscape size and the scene with it
                built.root().layout();
            });
            Fx.screenshot(built.root(), "station-strip-not-seen-yet-" + lang + "-portrait");
            Fx.run(() -> stage.getScene().setRoot(new javafx.scene.layout.Pane()));
        }
    }

    private void beat(String stationId, Instant at) {
        Cafe.offFx(() -> {
            cafe.store.heartbeats().beat(new Heartbeat(ProcessKind.STATION, stationId, stationId, at, null, null, null));
            return null;
        });
    }

    private static void step(TestClock wall, AtomicLong nanos, Duration by) {
        wall.advance(by);
        nanos.addAndGet(by.toNanos());
    }

    /** One reading, waited for (the view model reads on a thread of its own). */
    private static void read(KitchenStatusViewModel vm) {
        int before = vm.readingsProperty().get();
        vm.readNow();
        Fx.waitFor(10, "a reading", () -> vm.readingsProperty().get() > before);
    }

    private static String texts(Node node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return String.join(" | ", out);
    }

    private static void collect(Node node, List<String> out) {
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank() && l.isVisible()) {
            out.add(l.getText());
        }
        if (node instanceof Parent p && p.isVisible()) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, out));
        }
    }
}
