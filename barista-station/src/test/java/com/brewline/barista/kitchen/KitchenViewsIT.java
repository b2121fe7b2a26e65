package com.brewline.barista.kitchen;

import com.brewline.barista.testing.Cafe;
import com.brewline.barista.testing.OnStage;
import com.brewline.barista.testing.PartStationMain;
import com.brewline.display.I18n;
import com.brewline.kitchen.Heartbeat;
import com.brewline.kitchen.ProcessKind;
import com.brewline.kitchen.StationRouting;
import com.brewline.model.DiningOption;
import com.brewline.model.NewOrder;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;
import com.brewline.testkit.ChildJvm;
import com.brewline.testkit.fx.Fx;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
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
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expo view and the kitchen status strip against two station processes on different stations (issue 12):
 * the cold bar's process makes its parts, the espresso bar's claims them, the dessert counter has nobody; the
 * expo shows each order whole with each part's state, an urgent mark goes first, and the strip shows which
 * kiosks are alive and whether the provider answers. Rendered to target/screenshots in both languages.
 */
@ExtendWith(ApplicationExtension.class)
class KitchenViewsIT {
    static final String ROUTING_SPEC = "bar=coffee;cold=ade-smoothie;dessert=dessert";
    static final StationRouting ROUTING = PartStationMain.routing(ROUTING_SPEC);

    @TempDir
    Path dir;
    private Stage stage;
    private Cafe cafe;
    private final List<ChildJvm> processes = new ArrayList<>();
    private OnStage onStage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        onStage = new OnStage(stage);
        cafe = Cafe.open(dir, Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        for (ChildJvm p : processes) {
            p.stop(Duration.ofSeconds(10)); // its stop file, then kill -9 after the grace
        }
        onStage.closeAll();
        cafe.close();
    }

    private ChildJvm station(String id, String mode) throws Exception {
        ChildJvm p = ChildJvm.start(dir, id, PartStationMain.class, cafe.db.toString(), ROUTING_SPEC, id, mode,
                ChildJvm.stopFile(dir, id).toString());
        processes.add(p);
        return p;
    }

    private static OrderLine line(String item, String category) {
        return new OrderLine(item, item, item, List.of(), 1, 4500, 60, category);
    }

    private Order pay(OrderLine... lines) {
        return Cafe.offFx(() -> {
            Order pending = cafe.store.orders().createPending(new NewOrder("kiosk-1", DiningOption.TAKEOUT, List.of(lines)));
            return cafe.store.orders().markPaid(pending.id(), "pay-" + pending.id(), pending.total(), "CARD",
                    Instant.now(), "kiosk-1");
        });
    }

    private static String texts(Node node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return String.join(" | ", out);
    }

    private static void collect(Node node, List<String> out) {
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            out.add(l.getText());
        }
        if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, out));
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theExpoShowsEachPartAsTheStationProcessesWorkAndAnUrgentOrderGoesFirst(FxRobot robot) throws Exception {
        // the station processes first: their JVMs start while the orders are paid and the screens built
        station("cold", "bump");
        station("bar", "claim");
        Order both = pay(line("latte", "coffee"), line("lemon-ade", "ade-smoothie"));
        Order coffee = pay(line("americano", "coffee"));
        Order ade = pay(line("grapefruit-ade", "ade-smoothie"));
        Order cake = pay(line("cheesecake", "dessert"));
        Instant now = Instant.now();
        Cafe.offFx(() -> {
            cafe.store.heartbeats().beat(new Heartbeat(ProcessKind.KIOSK, "kiosk-1", null, now, null, null, null));
            cafe.store.heartbeats().beat(new Heartbeat(ProcessKind.KIOSK, "kiosk-2", null, now.minusSeconds(180), null,
                    null, null));
            cafe.store.heartbeats().beat(new Heartbeat(ProcessKind.PAYMENT_JOBS, "kiosk-1", null, now, "circuit CLOSED",
                    true, now.minusSeconds(4)));
            return null;
        });

        com.brewline.display.Fonts.loadPretendard(); // off the FX thread: a busy machine takes seconds
        I18n ko = new I18n("com.brewline.barista.kitchen.messages", Locale.KOREAN);
        ExpoViewModel expo = new ExpoViewModel(cafe.store, ROUTING, "expo", Platform::runLater, ko);
        KitchenStatusViewModel status = new KitchenStatusViewModel(cafe.store, ROUTING, Duration.ofSeconds(60),
                Clock.systemDefaultZone(), Platform::runLater, ko);
        onStage.keep(expo);
        onStage.keep(status);
        BorderPane screen = Fx.call(() -> {
            BorderPane pane = new BorderPane(ExpoView.load(expo).root());
            pane.setTop(KitchenStatusView.load(status).root());
            stage.setScene(new Scene(pane, 1920, 1080));
            stage.show();
            return pane;
        });
        expo.start();
        status.start(Duration.ofMillis(200));

        // cold made its parts (bumped), bar claimed its (making), nobody is at the dessert counter (waiting)
        Fx.waitUntil(30, "the stations' work on the expo", () -> {
            String shown = texts(screen);
            return shown.contains("bar 만드는 중") && shown.contains("cold 완료") && shown.contains("dessert 대기")
                    && !shown.contains("cold 대기") && !shown.contains("bar 대기");
        }, () -> texts(screen) + "; " + processes.stream().map(ChildJvm::describe).toList());
        assertThat(Fx.call(() -> expo.rows().stream().map(r -> r.orderId()).toList()))
                .containsExactly(both.id(), coffee.id(), ade.id(), cake.id());
        assertThat(Fx.call(() -> expo.rows().get(0).parts().stream().map(ExpoViewModel.PartChip::state).toList()))
                .containsExactly("IN_PREPARATION", "BUMPED");
        // every station process beats on its own timer: wait for each one's first beat, not only the kiosks'
        Fx.waitUntil(20, "the status strip", () -> {
            String shown = texts(screen);
            return shown.contains("kiosk-2 응답 없음 (3분째)") && shown.contains("연결 확인 중인 스테이션: dessert");
        }, () -> texts(screen));
        assertThat(texts(screen)).contains("kiosk-1 연결됨").contains("결제사 응답함")
                .contains("연결 확인 중인 스테이션: dessert"); // never seen, in the strip's first minute: not yet silent

        // staff mark the cheesecake urgent: it goes first and says why. The button is found and tapped in one go on the
        // FX thread: the expo's cells are made anew at each reading (the station processes beat every 200 ms), so a
        // button found earlier can be off the screen by the time a pointer walked to it
        Fx.run(() -> Fx.tap(robot.lookup(".expo-button").queryAllAs(Button.class).stream()
                .filter(b -> b.getParent().getChildrenUnmodifiable().stream().anyMatch(n -> n instanceof Labeled l
                        && ("#" + cake.pickupNumber()).equals(l.getText()))).findFirst().orElseThrow()));
        Fx.settle();
        Fx.waitUntil(10, "the urgent order first", () -> !expo.rows().isEmpty() && expo.rows().get(0).orderId() == cake.id(),
                () -> texts(screen));
        assertThat(texts(screen)).contains("급함 · 손님이 급해요");
        assertThat(Cafe.offFx(() -> cafe.store.stations().find(cake.id(), ROUTING).orElseThrow().urgent().reason()))
                .isEqualTo("손님이 급해요");

        Fx.screenshot(screen, "kitchen-expo-ko-landscape");
        Fx.run(() -> stage.setScene(new Scene(new BorderPane(), 10, 10)));
        I18n en = new I18n("com.brewline.barista.kitchen.messages", Locale.ENGLISH);
        ExpoViewModel expoEn = new ExpoViewModel(cafe.store, ROUTING, "expo", Platform::runLater, en);
        KitchenStatusViewModel statusEn = new KitchenStatusViewModel(cafe.store, ROUTING, Duration.ofSeconds(60),
                Clock.systemDefaultZone(), Platform::runLater, en);
        onStage.keep(expoEn);
        onStage.keep(statusEn);
        BorderPane portrait = Fx.call(() -> {
            BorderPane pane = new BorderPane(ExpoView.load(expoEn).root());
            pane.setTop(KitchenStatusView.load(statusEn).root());
            stage.setScene(new Scene(pane, 1080, 1920));
            return pane;
        });
        expoEn.start();
        statusEn.start(Duration.ofMillis(200));
        // the reason is kept as it was written (on a Korean screen): every screen shows it so
        Fx.waitUntil(15, "the English expo", () -> texts(portrait).contains("Urgent · 손님이 급해요")
                && texts(portrait).contains("kiosk-2 not answering"), () -> texts(portrait));
        Fx.screenshot(portrait, "kitchen-expo-en-portrait");
    }
}
