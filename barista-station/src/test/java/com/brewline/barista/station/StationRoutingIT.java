package com.brewline.barista.station;

import com.brewline.barista.app.KitchenScreens;
import com.brewline.barista.app.StationScreen;
import com.brewline.barista.kitchen.ExpoViewModel;
import com.brewline.barista.station.tickets.TicketViewModel;
import com.brewline.barista.testing.Cafe;
import com.brewline.testkit.fx.Fx;
import com.brewline.barista.testing.Orders;
import com.brewline.barista.testing.PartStationMain;
import com.brewline.config.BrewlineConfig;
import com.brewline.display.I18n;
import com.brewline.kitchen.Heartbeat;
import com.brewline.kitchen.PartEvent;
import com.brewline.kitchen.PartState;
import com.brewline.kitchen.ProcessKind;
import com.brewline.kitchen.Station;
import com.brewline.kitchen.StationRouting;
import com.brewline.model.DiningOption;
import com.brewline.model.NewOrder;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;
import com.brewline.model.OrderStatus;
import com.brewline.model.PhoneNumber;
import com.brewline.ordering.OrderLineFactory;
import com.brewline.screens.DisplayContext;
import com.brewline.screens.DisplaySettings;
import com.brewline.testkit.ChildJvm;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
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
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 on the station screen: with stations configured, the espresso bar and the cold bar each see, start, bump
 * and count only their own items; the order turns ready when the last of them bumps; two processes of one station
 * never claim one part twice. Rendered to target/screenshots in Korean and English, large and small.
 */
@ExtendWith(ApplicationExtension.class)
class StationRoutingIT {
    static final StationRouting ROUTING = StationRouting.of(List.of(
            new Station("bar", "에스프레소 바", List.of("coffee", "non-coffee", "tea", "dessert")),
            new Station("cold", "콜드 바", List.of("ade-smoothie"))));
    static final BrewlineConfig.Kitchen KITCHEN = new BrewlineConfig.Kitchen(ROUTING.stations(), 0, 0,
            Duration.ofSeconds(10), Duration.ofSeconds(60));

    @TempDir
    Path dir;
    private Stage stage;
    private Cafe cafe;
    private final List<AutoCloseable> closing = new ArrayList<>();
    private final List<ChildJvm> processes = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        cafe = Cafe.open(dir, Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        for (ChildJvm p : processes) {
            p.stop(Duration.ofSeconds(10)); // its stop file, then kill -9 after the grace
        }
        Fx.run(() -> closing.forEach(c -> {
            try {
                c.close();
            } catch (Exception ignored) {
                // best effort
            }
        }));
        cafe.close();
    }

    private StationScreen screen(String stationId, Locale language) {
        DisplaySettings settings = DisplaySettings.defaults(stationId).withRouting(ROUTING).withLanguage(language)
                .withSound(false);
        DisplayContext ctx = cafe.stationContext(stationId, settings, Clock.systemUTC());
        StationScreen s = Fx.call(() -> StationScreen.create(ctx));
        closing.add(0, s);
        Fx.waitUntil(10, "first snapshot of " + stationId, () -> s.viewModel().snapshotsAppliedProperty().get() > 0);
        return s;
    }

    /** The station with the kitchen's status strip above it, as BaristaMain shows it, in a window of its own. */
    private Parent show(StationScreen s, Stage on, int width, int height) {
        DisplayContext ctx = cafe.stationContext(s.viewModel().stationId() + "-strip",
                DisplaySettings.defaults("strip").withLanguage(s.viewModel().messages().korean() ? Locale.KOREAN : Locale.ENGLISH),
                Clock.systemUTC());
        return Fx.call(() -> {
            KitchenScreens.Built built = KitchenScreens.withStatusStrip(s.view().root(), ctx, KITCHEN);
            closing.add(0, built);
            on.setScene(new Scene(built.root(), width, height));
            on.show();
            return built.root();
        });
    }

    private Order pay(PhoneNumber phone, String... items) {
        return Cafe.offFx(() -> {
            List<OrderLine> lines = new ArrayList<>();
            for (String item : items) {
                lines.add(OrderLineFactory.create(Orders.MENU, item, OrderLineFactory.defaultSelections(Orders.MENU, item),
                        1, Set.of()));
            }
            NewOrder order = new NewOrder("kiosk-1", DiningOption.TAKEOUT, lines);
            Order pending = cafe.store.orders().createPending(phone == null ? order : order.withPhone(phone));
            return cafe.store.orders().markPaid(pending.id(), "pay_local_" + pending.id(), pending.total(), "CARD",
                    Instant.now(), "kiosk-1");
        });
    }

    private static List<Long> ids(StationScreen s) {
        return s.viewModel().tickets().all().stream().map(TicketViewModel::orderId).toList();
    }

    private static TicketViewModel ticket(StationScreen s, long orderId) {
        return Fx.call(() -> s.viewModel().tickets().all().stream().filter(t -> t.orderId() == orderId).findFirst()
                .orElseThrow());
    }

    static String texts(Node node) {
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

    private OrderStatus status(long id) {
        return Cafe.offFx(() -> cafe.store.orders().find(id).orElseThrow().status());
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void eachStationSeesCountsAndBumpsOnlyItsItemsAndTheOrderIsReadyAfterBoth() throws Exception {
        Order both = pay(null, "cafe-latte", "lemon-ade");
        Order coffee = pay(PhoneNumber.of("010-1234-5678"), "americano", "cheesecake");
        Order ade = pay(null, "strawberry-smoothie", "lemon-ade");
        Instant now = Instant.now();
        Cafe.offFx(() -> {
            cafe.store.heartbeats().beat(new Heartbeat(ProcessKind.KIOSK, "kiosk-1", null, now, null, null, null));
            return null;
        });

        StationScreen bar = screen("bar", Locale.KOREAN);
        StationScreen cold = screen("cold", Locale.ENGLISH);
        Parent barRoot = show(bar, stage, 1920, 1080);
        Stage coldStage = Fx.call(Stage::new);
        Parent coldRoot = show(cold, coldStage, 1280, 800);

        Fx.waitUntil(10, "each station's tickets", () -> ids(bar).equals(List.of(both.id(), coffee.id()))
                && ids(cold).equals(List.of(both.id(), ade.id())), () -> ids(bar) + " / " + ids(cold));
        // each sees only its lines of the shared order, and the other station's state in one line
        assertThat(ticket(bar, both.id()).ticket().lines()).containsExactly(0);
        assertThat(ticket(cold, both.id()).ticket().lines()).containsExactly(1);
        Fx.waitUntil(5, "the header and the tickets", () -> texts(barRoot).contains("에스프레소 바")
                && texts(barRoot).contains("콜드 바 대기 중") && texts(coldRoot).contains("에스프레소 바 waiting"),
                () -> texts(barRoot) + "\n" + texts(coldRoot));
        String barShows = texts(bar.view().root());
        assertThat(barShows).contains("카페라떼", "아메리카노", "치즈케이크").doesNotContain("레몬에이드", "딸기 스무디");
        assertThat(texts(cold.view().root())).contains("Lemon", "Strawberry").doesNotContain("Latte", "Americano");
        // issue 14: the customer's number masked, with the text-message mark; never the whole number
        assertThat(barShows).contains("010-****-5678", "문자 알림").doesNotContain("01012345678", "1234-5678");
        // issue 12: the strip says which kiosks are alive and never claims a provider nobody has heard from
        Fx.waitUntil(10, "the status strip", () -> texts(barRoot).contains("kiosk-1 연결됨")
                && texts(barRoot).contains("결제사 상태 모름"), () -> texts(barRoot));

        // the all-day counts: each station its own items
        Fx.run(() -> bar.viewModel().allDay().toggle());
        Fx.run(() -> cold.viewModel().allDay().toggle());
        Fx.waitUntil(5, "all-day counts", () -> !bar.viewModel().allDay().rows().isEmpty()
                && !cold.viewModel().allDay().rows().isEmpty());
        assertThat(Fx.call(() -> bar.viewModel().allDay().rows().stream().map(r -> r.item()).toList()))
                .containsExactlyInAnyOrder("카페라떼", "아메리카노", "뉴욕 치즈케이크");
        assertThat(Fx.call(() -> cold.viewModel().allDay().rows().stream().map(r -> r.item() + "×" + r.count()).toList()))
                .containsExactlyInAnyOrder("Lemonade×2", "Strawberry Smoothie×1");
        Fx.screenshot(barRoot, "station-bar-ko-1920x1080");
        Fx.screenshot(coldRoot, "station-cold-en-1280x800");
        Fx.run(() -> bar.viewModel().allDay().toggle());
        Fx.run(() -> cold.viewModel().allDay().toggle());

        // the bar bumps its part: the order is still being made at the cold bar
        assertThat(bar.viewModel().tickets().bump(ticket(bar, both.id())).get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(status(both.id())).isEqualTo(OrderStatus.IN_PREPARATION);
        Fx.waitUntil(10, "the bar's part done on the cold bar's ticket", () -> !ids(bar).contains(both.id())
                && texts(cold.view().root()).contains("에스프레소 바 done"), () -> texts(cold.view().root()));
        // the cold bar starts and bumps its part: the order is ready, on both stations' ready strips
        assertThat(cold.viewModel().tickets().start(ticket(cold, both.id())).get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(cold.viewModel().tickets().bump(ticket(cold, both.id())).get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(status(both.id())).isEqualTo(OrderStatus.READY);
        Fx.waitUntil(10, "ready on both", () -> bar.viewModel().recall().ready().stream().anyMatch(o -> o.id() == both.id())
                && cold.viewModel().recall().ready().stream().anyMatch(o -> o.id() == both.id()));

        // the expo: the order whole, both parts done
        ExpoViewModel expo = new ExpoViewModel(cafe.store, ROUTING, "expo", Platform::runLater,
                new I18n(KitchenScreens.MESSAGES, Locale.KOREAN));
        closing.add(expo);
        expo.start();
        Fx.waitUntil(10, "the expo", () -> expo.rows().stream().anyMatch(r -> r.orderId() == both.id()
                && r.parts().stream().allMatch(p -> p.state().equals("BUMPED"))));

        // the cold bar recalls its bump: the order is back in preparation, at the cold bar only
        assertThat(cold.viewModel().recall().recall().get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(status(both.id())).isEqualTo(OrderStatus.IN_PREPARATION);
        Fx.waitUntil(10, "back at the cold bar only", () -> ids(cold).contains(both.id()) && !ids(bar).contains(both.id()));
        assertThat(Cafe.offFx(() -> cafe.store.stations().find(both.id(), ROUTING).orElseThrow().states()))
                .containsEntry("bar", PartState.BUMPED).containsEntry("cold", PartState.IN_PREPARATION);
        Fx.screenshot(coldRoot, "station-cold-en-recalled");

        // urgent marked at the cold bar goes first at the espresso bar too; a rejection takes the order off both
        Order later = pay(null, "americano", "grapefruit-ade");
        Fx.waitUntil(10, "the later order on both", () -> ids(bar).contains(later.id()) && ids(cold).contains(later.id()));
        Fx.run(() -> cold.viewModel().urgent().askReason(later));
        assertThat(Fx.call(() -> cold.viewModel().urgent().markWith(0)).get(10, TimeUnit.SECONDS)).isTrue();
        Fx.waitUntil(10, "urgent first on the bar", () -> ids(bar).get(0) == later.id() && ids(cold).get(0) == later.id(),
                () -> ids(bar) + " / " + ids(cold));
        Fx.run(() -> bar.viewModel().reject().askReason(later));
        assertThat(Fx.call(() -> bar.viewModel().reject().rejectWith(0)).get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(status(later.id())).isEqualTo(OrderStatus.REJECTED);
        Fx.waitUntil(10, "off both stations", () -> !ids(bar).contains(later.id()) && !ids(cold).contains(later.id()));
        Fx.run(() -> coldStage.close());
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void twoProcessesOfOneStationNeverClaimOnePartTwice() throws Exception {
        int count = 8;
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            orders.add(pay(null, "americano", i % 2 == 0 ? "lemon-ade" : "mango-smoothie"));
        }
        // the espresso bar is another JVM that makes its parts at once
        processes.add(ChildJvm.start(dir, "bar", PartStationMain.class, cafe.db.toString(),
                "bar=coffee,non-coffee,tea,dessert;cold=ade-smoothie", "bar", "bump", ChildJvm.stopFile(dir, "bar").toString()));
        // two cold-bar screens (each its own database thread and connection) press start on every ticket at once
        StationScreen a = screen("cold", Locale.KOREAN);
        StationScreen b = screen("cold", Locale.KOREAN);
        Parent shown = show(a, stage, 1024, 768);
        Fx.waitUntil(20, "both cold screens see every ticket, the bar's parts done", () -> ids(a).size() == count
                && ids(b).size() == count && a.viewModel().tickets().all().stream()
                .allMatch(t -> t.ticket().others().stream().allMatch(p -> p.state() == PartState.BUMPED)),
                () -> ids(a) + " / " + ids(b));
        Fx.screenshot(shown, "station-cold-ko-1024x768");
        List<TicketViewModel> ta = Fx.call(() -> List.copyOf(a.viewModel().tickets().all()));
        List<TicketViewModel> tb = Fx.call(() -> List.copyOf(b.viewModel().tickets().all()));
        List<CompletableFuture<Boolean>> winsA = new ArrayList<>();
        List<CompletableFuture<Boolean>> winsB = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            winsA.add(a.viewModel().tickets().start(ta.get(i)));
            winsB.add(b.viewModel().tickets().start(tb.get(i)));
        }
        for (int i = 0; i < count; i++) {
            boolean wonA = winsA.get(i).get(10, TimeUnit.SECONDS);
            boolean wonB = winsB.get(i).get(10, TimeUnit.SECONDS);
            long id = ta.get(i).orderId();
            assertThat(wonA ^ wonB).as("order %s's cold part claimed by exactly one screen", id).isTrue();
            List<PartEvent> claims = Cafe.offFx(() -> cafe.store.stations().partHistory(id)).stream()
                    .filter(e -> e.stationId().equals("cold") && e.to() == PartState.IN_PREPARATION).toList();
            assertThat(claims).hasSize(1);
        }
        // whoever claimed, one bump each finishes every order
        for (int i = 0; i < count; i++) {
            assertThat((winsA.get(i).get() ? a : b).viewModel().tickets().bump(winsA.get(i).get() ? ta.get(i) : tb.get(i))
                    .get(10, TimeUnit.SECONDS)).isTrue();
        }
        for (Order o : orders) {
            assertThat(status(o.id())).isEqualTo(OrderStatus.READY);
        }
        Fx.waitUntil(10, "both cold screens empty", () -> ids(a).isEmpty() && ids(b).isEmpty());
    }
}
