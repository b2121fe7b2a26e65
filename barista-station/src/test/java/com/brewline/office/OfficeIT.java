package com.brewline.office;

import com.brewline.testkit.fx.Fx;
import com.brewline.testkit.TestClock;
import com.brewline.barista.testing.Orders;
import com.brewline.config.ConfigLoader;
import com.brewline.config.PinHash;
import com.brewline.menu.MenuLoader;
import com.brewline.model.Menu;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;
import com.brewline.model.OrderStatus;
import com.brewline.office.app.OfficeContexts;
import com.brewline.office.app.OfficeScreen;
import com.brewline.office.support.Money;
import com.brewline.ordering.Cart;
import com.brewline.ordering.MenuCheck;
import com.brewline.ordering.OrderLineFactory;
import com.brewline.report.OrdersCsv;
import com.brewline.testkit.ChildJvm;
import com.brewline.report.Period;
import com.brewline.store.sqlite.SqliteStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office on a real SQLite file with a day of orders (and the day four weeks earlier): every chart's
 * numbers against `brewline report` run as its own process, for a day, a week and a month; the CSV export
 * against `report --csv`; a price edited and saved reaching a kiosk-side menu source in another JVM; a
 * retired item found in a cart before paying; the PIN changed; screenshots of each view.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(240)
class OfficeIT {
    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final LocalDate TODAY = LocalDate.now(ZONE);

    @TempDir
    Path dir;
    private Stage stage;
    private SqliteStore store;
    private TestClock clock;
    private Path configFile;
    private OfficeScreen screen;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() {
        if (screen != null) {
            Fx.run(screen::close);
        }
        if (store != null) {
            store.close();
        }
    }

    private static <T> T offFx(java.util.function.Supplier<T> work) {
        return CompletableFuture.supplyAsync(work).join();
    }

    /** Today: 6 orders from 08:00 to 13:00 (one cancelled, one rejected); four weeks ago: 2 orders. */
    private void cafeWithOrders() throws Exception {
        clock = new TestClock(TODAY.minusWeeks(4).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
        configFile = dir.resolve("brewline.json");
        Files.writeString(configFile, "{\"dataDir\": \"" + dir.toString().replace("\\", "\\\\") + "\"}\n");
        offFx(() -> {
            store = SqliteStore.open(dir.resolve("brewline.db"), clock);
            store.days().open(LocalDate.now(clock.withZone(ZONE)), "owner");
            pickUp(pay(0), Duration.ofSeconds(90));
            pickUp(pay(1), Duration.ofSeconds(150));
            store.days().close("owner");
            clock.set(TODAY.atTime(8, 5).atZone(ZONE).toInstant());
            store.days().open(TODAY, "owner");
            pickUp(pay(2), Duration.ofSeconds(100));
            // a customer calls staff from the kiosk; the station acknowledges 40 s later; a second call stays open
            long call = store.alerts().raise("kiosk-1", "STAFF_CALL", "call staff");
            clock.advance(Duration.ofSeconds(40));
            store.alerts().resolve(call, "station-1");
            store.alerts().raise("kiosk-2", "STAFF_CALL", "call staff");
            clock.advance(Duration.ofMinutes(20));
            pickUp(pay(3), Duration.ofSeconds(400));
            clock.advance(Duration.ofHours(1));
            Order c = pay(4);
            store.orders().transition(c.id(), OrderStatus.CANCELLED, "customer", "changed my mind");
            clock.advance(Duration.ofHours(2));
            Order r = pay(5);
            store.orders().transition(r.id(), OrderStatus.REJECTED, "barista:1", "out of oat milk");
            pickUp(pay(6), Duration.ofSeconds(45));
            clock.advance(Duration.ofHours(2));
            pay(7); // still waiting at closing time
            return null;
        });
    }

    private Order pay(int n) {
        Order pending = store.orders().createPending(Orders.newOrder(n, "K1"));
        return store.orders().markPaid(pending.id(), "PK-" + n, pending.total(), "CARD", clock.instant(), "test");
    }

    private void pickUp(Order paid, Duration prep) {
        clock.advance(Duration.ofSeconds(20));
        Order claimed = store.orders().claimOldestPaid("barista:1").orElseThrow();
        assertThat(claimed.id()).isEqualTo(paid.id());
        clock.advance(prep);
        store.orders().transition(claimed.id(), OrderStatus.READY, "barista:1", null);
        store.orders().transition(claimed.id(), OrderStatus.PICKED_UP, "customer", null);
    }

    private void showOffice(Locale language, int width, int height) {
        if (screen != null) {
            Fx.run(screen::close);
        }
        ConfigLoader loader = new ConfigLoader(Map.of(), dir);
        screen = slowFx(() -> {
            // started as a demo (--demo-pin): no PIN in the file, so the demo PIN 1234 is in force until changed
            OfficeScreen s = new OfficeScreen(OfficeContexts.of(store, com.brewline.config.LaunchArgs.of(configFile, null,
                    null, null, null, false, true, null).load(loader), configFile, loader,
                    language, clock));
            stage.setScene(new Scene(s.root(), width, height));
            stage.show();
            return s;
        });
        Fx.waitUntil(20, "the figures are shown", () -> screen.reports().figuresProperty().get() != null
                && screen.reports().comparisonProperty().get() != null);
    }

    /** Building a whole screen on a busy 2-core machine may take longer than Fx.call's 10 s. */
    private static <T> T slowFx(java.util.concurrent.Callable<T> c) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(c).get(90, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX call failed", e);
        }
    }

    /**
     * `brewline report --json` for the period in a JVM of its own, started in the background once {@code after} is
     * done (one report JVM at a time: on 2 cores side by side they only slow each other) and read when needed: the
     * reports run while the office is built (the store is not written to meanwhile).
     */
    private CompletableFuture<JsonNode> report(Period p, CompletableFuture<?> after) {
        String[] args = {"report", "--db", dir.resolve("brewline.db").toString(),
                "--from", p.from().toString(), "--to", p.toInclusive().toString(), "--json", "--time-zone", ZONE.getId()};
        return inBackground("report " + p.kind(), () -> {
            after.handle((done, failed) -> null).get(180, TimeUnit.SECONDS);
            return new ObjectMapper().readTree(cli(args));
        });
    }

    /** On a thread of its own (the common pool has a single thread on 2 cores): a child JVM waited for meanwhile. */
    private static <T> CompletableFuture<T> inBackground(String name, java.util.concurrent.Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /** The brewline command in a JVM of its own, to its end; its standard output. */
    private static String cli(String... args) throws Exception {
        ChildJvm.Result r = ChildJvm.run("com.brewline.cli.BrewlineCli", Duration.ofSeconds(60), Map.of(), args);
        assertThat(r.exitCode()).as("brewline %s: %s", args[0], r.stderr()).isZero();
        return r.out();
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> T find(String selector) {
        return (T) Fx.call(() -> stage.getScene().getRoot().lookup(selector));
    }

    @Test
    void everyChartAgreesWithTheReportForADayAWeekAndAMonth() throws Exception {
        cafeWithOrders();
        CompletableFuture<JsonNode> day = report(Period.day(TODAY), CompletableFuture.completedFuture(null));
        CompletableFuture<JsonNode> week = report(Period.week(TODAY), day);
        CompletableFuture<JsonNode> month = report(Period.month(TODAY), week);
        showOffice(Locale.KOREAN, 1920, 1080);
        Fx.screenshot(stage.getScene().getRoot(), "office-reports-day-ko-1920x1080");
        chartsAgree(Period.day(TODAY), day.get(90, TimeUnit.SECONDS));

        Fx.run(() -> ((ToggleButton) find("#weekToggle")).fire());
        Fx.waitUntil(20, "the week", () -> screen.reports().figuresProperty().get().period().kind() == Period.Kind.WEEK);
        chartsAgree(Period.week(TODAY), week.get(90, TimeUnit.SECONDS));
        Fx.screenshot(stage.getScene().getRoot(), "office-reports-week-ko-1920x1080");

        Fx.run(() -> ((ToggleButton) find("#monthToggle")).fire());
        Fx.waitUntil(20, "the month", () -> screen.reports().figuresProperty().get().period().kind() == Period.Kind.MONTH);
        chartsAgree(Period.month(TODAY), month.get(90, TimeUnit.SECONDS));

        // the same day's report: nothing was written to the store since
        showOffice(Locale.ENGLISH, 1280, 800);
        chartsAgree(Period.day(TODAY), day.get(90, TimeUnit.SECONDS));
        Fx.screenshot(stage.getScene().getRoot(), "office-reports-day-en-1280x800");
    }

    private void chartsAgree(Period period, JsonNode json) throws Exception {
        JsonNode now = json.get("period");
        JsonNode before = json.get("comparison");
        assertThat(now.get("from").asText()).isEqualTo(period.from().toString());
        assertThat(Fx.call(() -> screen.reports().figuresProperty().get().ordersPaid()))
                .isEqualTo(now.get("ordersPaid").asInt());
        if (period.kind() == Period.Kind.DAY) {
            assertThat(now.get("ordersPaid").asInt()).isEqualTo(6);
            assertThat(before.get("ordersPaid").asInt()).isEqualTo(2);
        }
        // a new office screen lays out its report page after its figures arrive: wait for the charts themselves
        Fx.waitUntil(20, "the report's four charts", () -> java.util.stream.Stream.of("#salesChart", "#ordersChart",
                "#waitChart", "#prepChart").allMatch(id -> stage.getScene().getRoot().lookup(id) != null));
        XYChart<String, Number> sales = find("#salesChart");
        XYChart<String, Number> orders = find("#ordersChart");
        XYChart<String, Number> waits = find("#waitChart");
        XYChart<String, Number> prep = find("#prepChart");
        int seen = Fx.call(() -> {
            int points = 0;
            for (int s = 0; s < 2; s++) {
                JsonNode hours = (s == 0 ? now : before).get("hours");
                for (XYChart.Data<String, Number> d : sales.getData().get(s).getData()) {
                    JsonNode h = hours.get(Integer.parseInt(d.getXValue()));
                    assertThat(d.getYValue().longValue()).as("sales at %s", d.getXValue()).isEqualTo(h.get("netSales").asLong());
                    points++;
                }
                for (XYChart.Data<String, Number> d : orders.getData().get(s).getData()) {
                    JsonNode h = hours.get(Integer.parseInt(d.getXValue()));
                    assertThat(d.getYValue().intValue()).as("orders at %s", d.getXValue()).isEqualTo(h.get("orders").asInt());
                    points++;
                }
                for (XYChart.Data<String, Number> d : waits.getData().get(s).getData()) {
                    JsonNode h = hours.get(Integer.parseInt(d.getXValue()));
                    assertThat(d.getYValue().doubleValue()).as("wait at %s", d.getXValue())
                            .isEqualTo(h.get("averageWaitMillis").asLong() / 1000.0);
                    points++;
                }
            }
            // every hour with an order in the report is on the charts
            for (JsonNode h : now.get("hours")) {
                if (h.get("orders").asInt() > 0) {
                    String hour = String.format("%02d", h.get("hour").asInt());
                    assertThat(sales.getData().get(0).getData()).anyMatch(d -> d.getXValue().equals(hour));
                }
            }
            JsonNode items = now.get("prepByItem");
            assertThat(prep.getData().get(0).getData()).hasSize(items.size());
            for (int i = 0; i < items.size(); i++) {
                assertThat(prep.getData().get(0).getData().get(i).getYValue().doubleValue())
                        .isEqualTo(items.get(i).get("p50Millis").asLong() / 1000.0);
                assertThat(prep.getData().get(1).getData().get(i).getYValue().doubleValue())
                        .isEqualTo(items.get(i).get("p90Millis").asLong() / 1000.0);
                points += 2;
            }
            return points;
        });
        assertThat(seen).isGreaterThan(0);
        JsonNode calls = now.get("staffCalls");
        com.brewline.report.StaffCallFigures shown = Fx.call(() -> screen.reports().figuresProperty().get().staffCalls());
        assertThat(shown.calls()).isEqualTo(calls.get("calls").asInt());
        assertThat(shown.answered()).isEqualTo(calls.get("answered").asInt());
        assertThat(shown.answerP50() == null ? null : shown.answerP50().toMillis())
                .isEqualTo(calls.get("answerP50Millis").isNull() ? null : calls.get("answerP50Millis").asLong());
        assertThat(shown.answerMax() == null ? null : shown.answerMax().toMillis())
                .isEqualTo(calls.get("answerMaxMillis").isNull() ? null : calls.get("answerMaxMillis").asLong());
        if (period.kind() == Period.Kind.DAY) {
            assertThat(calls.get("calls").asInt()).isEqualTo(2);
            assertThat(calls.get("answered").asInt()).isEqualTo(1);
            assertThat(calls.get("answerP50Millis").asLong()).isEqualTo(40_000);
        }
        Label callTile = Fx.call(() -> (Label) ((javafx.scene.layout.VBox) find("#kpi-staffCalls")).getChildren().get(1));
        assertThat(Fx.call(callTile::getText)).startsWith(calls.get("calls").asText());
        Label answerTile = Fx.call(() -> (Label) ((javafx.scene.layout.VBox) find("#kpi-staffCallAnswer")).getChildren().get(1));
        assertThat(Fx.call(answerTile::getText)).isEqualTo(calls.get("answerP50Millis").isNull() ? "-"
                : Money.duration(Duration.ofMillis(calls.get("answerP50Millis").asLong()), screen.messages().korean())
                + " / " + Money.duration(Duration.ofMillis(calls.get("answerMaxMillis").asLong()), screen.messages().korean()));
        boolean korean = screen.messages().korean();
        Label net = Fx.call(() -> (Label) ((javafx.scene.layout.VBox) find("#kpi-net")).getChildren().get(1));
        assertThat(Fx.call(net::getText)).isEqualTo(Money.won(now.get("netSales").asLong(), korean));
    }

    @Test
    void theCsvExportIsTheReportsCsv() throws Exception {
        cafeWithOrders();
        String[] csv = {"report", "--db", dir.resolve("brewline.db").toString(),
                "--from", TODAY.toString(), "--csv", "--time-zone", ZONE.getId()};
        CompletableFuture<String> report = inBackground("report --csv", () -> cli(csv)); // while the office is built
        showOffice(Locale.KOREAN, 1920, 1080);
        Path target = dir.resolve("export.csv");
        Fx.run(() -> screen.reports().exportCsv(target));
        Fx.waitFor(20, "the CSV is written", () -> Files.exists(target));
        String cli = report.get(90, TimeUnit.SECONDS);
        String exported = Files.readString(target, StandardCharsets.UTF_8);
        assertThat(exported).startsWith(OrdersCsv.BYTE_ORDER_MARK);
        assertThat(exported.substring(1)).isEqualTo(cli);
        assertThat(cli.split("\r\n")).hasSize(7);

        Path close = dir.resolve("close.html");
        Fx.run(() -> screen.reports().exportDayClose(close, new com.brewline.office.reports.DayCloseHtml(
                screen.messages()::text, true, "브루라인 카페")));
        Fx.waitFor(20, "the day close is written", () -> Files.exists(close));
        String html = Files.readString(close);
        assertThat(html).contains("하루 마감").contains("changed my mind").contains("out of oat milk")
                .contains(Money.won(Fx.call(() -> screen.reports().figuresProperty().get().netSales()), true));
    }

    @Test
    void aSavedPriceReachesAKioskMenuSourceInAnotherProcessAndARetiredItemIsCaughtBeforePaying() throws Exception {
        cafeWithOrders();
        showOffice(Locale.KOREAN, 1920, 1080);
        Fx.run(() -> screen.tabs().getSelectionModel().select(1));
        Fx.waitUntil(20, "the menu is open", () -> !screen.menu().categories().rows().isEmpty());
        Fx.screenshot(stage.getScene().getRoot(), "office-menu-ko-1920x1080");

        // the first save writes the menu file and names it in the configuration
        Fx.run(() -> {
            screen.menu().categories().selectedProperty().set("coffee");
            screen.menu().items().selectedProperty().set("americano");
            screen.menu().items().priceProperty().set("4700");
        });
        Fx.run(screen.menu()::save);
        Path menuFile = dir.resolve("menu.json");
        Fx.waitFor(20, "the menu file", () -> Files.exists(menuFile));
        Fx.waitFor(20, "the configuration names it", () -> new ConfigLoader(Map.of(), dir).load(configFile).menuFile() != null);
        Fx.waitUntil(20, "saved", () -> !screen.menu().draft().dirtyProperty().get());
        Menu before = MenuLoader.load(menuFile);
        Cart cart = new Cart();
        cart.add(OrderLineFactory.create(before, "americano", OrderLineFactory.defaultSelections(before, "americano"), 1, Set.of()));
        cart.add(OrderLineFactory.create(before, "cheesecake", Map.of(), 1, Set.of()));
        long cartTotal = cart.total();

        try (ChildJvm kiosk = ChildJvm.start(dir, "menu-watch-probe", MenuWatchProbe.class, menuFile.toString())) {
            Fx.waitFor(30, "the kiosk-side source starts", () -> kiosk.lines().stream().anyMatch(l -> l.contains("americano=4700")));
            // an invalid price is refused by the menu rule: nothing saved
            Fx.run(() -> screen.menu().items().priceProperty().set("-100"));
            Fx.waitUntil(5, "the problem is shown", () -> !screen.menu().draft().problemProperty().get().isEmpty());
            assertThat(Fx.call(() -> screen.menu().draft().problemProperty().get())).contains("아메리카노").contains("가격");
            Fx.screenshot(stage.getScene().getRoot(), "office-menu-invalid-ko-1920x1080");
            Fx.run(() -> screen.menu().items().priceProperty().set("5200"));
            Fx.waitUntil(5, "valid again", () -> screen.menu().draft().problemProperty().get().isEmpty());
            Fx.run(() -> {
                screen.menu().categories().selectedProperty().set("dessert");
                screen.menu().items().selectedProperty().set("cheesecake");
            });
            Fx.run(screen.menu().items()::retire);
            Fx.run(screen.menu()::save);
            Fx.waitFor(30, "the kiosk-side source sees the new price",
                    () -> kiosk.lines().stream().anyMatch(l -> l.contains("americano=5200") && !l.contains("cheesecake=")));
            assertThat(kiosk.lines()).noneMatch(l -> l.startsWith("invalid"));
        }
        Menu after = MenuLoader.load(menuFile);
        assertThat(cart.total()).as("the cart keeps the prices it was made with").isEqualTo(cartTotal);
        List<OrderLine> gone = MenuCheck.noLongerSold(cart.lines(), after, Set.of());
        assertThat(gone).extracting(OrderLine::itemId).containsExactly("cheesecake");
        Fx.waitUntil(20, "two versions", () -> screen.menu().versions().size() == 1);

        // undo: version 1 (4,700 won, cheesecake on the menu) is the menu again
        Fx.run(() -> screen.menu().restore(screen.menu().versions().get(0)));
        Fx.waitFor(20, "restored", () -> MenuLoader.load(menuFile).item("cheesecake").isPresent());
        assertThat(MenuLoader.load(menuFile).item("americano").orElseThrow().price()).isEqualTo(4700);
        Fx.waitUntil(20, "versions listed", () -> screen.menu().versions().size() == 2);

        showOffice(Locale.ENGLISH, 1280, 800);
        Fx.run(() -> screen.tabs().getSelectionModel().select(1));
        Fx.waitUntil(20, "the menu is open", () -> !screen.menu().categories().rows().isEmpty());
        Fx.screenshot(stage.getScene().getRoot(), "office-menu-en-1280x800");
    }

    @Test
    void aPairingTickedInTheItemEditorIsSavedWithTheMenuAndTooManyAreRefused() throws Exception {
        cafeWithOrders();
        showOffice(Locale.KOREAN, 1920, 1080);
        Fx.run(() -> screen.tabs().getSelectionModel().select(1));
        Fx.waitUntil(20, "the menu is open", () -> !screen.menu().categories().rows().isEmpty());
        Fx.run(() -> {
            screen.menu().categories().selectedProperty().set("ade-smoothie");
            screen.menu().items().selectedProperty().set("lemon-ade");
        });
        // the checklist offers every other item, none ticked (the bundled lemonade names no pairings)
        javafx.scene.layout.VBox list = find("#itemPairings");
        Fx.waitUntil(10, "the checklist", () -> list.getChildren().size() == 23);
        assertThat(Fx.call(() -> list.getChildren().stream().map(n -> (String) n.getUserData()).toList()))
                .doesNotContain("lemon-ade").contains("americano", "croissant");
        assertThat(Fx.call(() -> list.getChildren().stream().noneMatch(n -> ((javafx.scene.control.CheckBox) n).isSelected()))).isTrue();

        // the owner ticks the croissant. Fired rather than clicked by the robot: where the list sits on the page moves
        // with the tile preview's picture, loaded in the background, so a click aimed at it missed now and then
        javafx.scene.control.CheckBox croissant = Fx.call(() -> (javafx.scene.control.CheckBox) list.getChildren().stream()
                .filter(n -> "croissant".equals(n.getUserData())).findFirst().orElseThrow());
        assertThat(croissant.getText()).isEqualTo("버터 크루아상");
        assertThat(Fx.call(() -> croissant.isVisible() && !croissant.isDisabled())).isTrue();
        Fx.run(() -> ((javafx.scene.control.ScrollPane) stage.getScene().getRoot().lookup("#itemPairingsScroll")).setVvalue(1.0));
        Fx.run(croissant::fire);
        Fx.waitUntil(5, "ticked and the menu changed", () -> croissant.isSelected() && screen.menu().draft().dirtyProperty().get());
        assertThat(Fx.call(() -> screen.menu().draft().problemProperty().get())).isEmpty();
        Fx.screenshot(stage.getScene().getRoot(), "office-menu-pairings-ko-1920x1080");

        Fx.run(screen.menu()::save);
        Path menuFile = dir.resolve("menu.json");
        Fx.waitFor(20, "the menu file", () -> Files.exists(menuFile));
        Fx.waitUntil(20, "saved", () -> !screen.menu().draft().dirtyProperty().get());
        assertThat(MenuLoader.load(menuFile).item("lemon-ade").orElseThrow().pairings()).containsExactly("croissant");
        assertThat(new ObjectMapper().readTree(menuFile.toFile()).path("items").findValues("pairings")).hasSize(16);

        // another item selected and back: the saved tick is shown again
        Fx.run(() -> screen.menu().items().selectedProperty().set("grapefruit-ade"));
        Fx.waitUntil(5, "grapefruit's list", () -> list.getChildren().stream().noneMatch(n -> "grapefruit-ade".equals(n.getUserData())));
        Fx.run(() -> screen.menu().items().selectedProperty().set("lemon-ade"));
        Fx.waitUntil(5, "the croissant ticked again", () -> list.getChildren().stream().anyMatch(n -> "croissant".equals(n.getUserData())
                && ((javafx.scene.control.CheckBox) n).isSelected()));

        // an eleventh pairing is refused by the menu rule, named in the owner's words; nothing of it saved
        Fx.run(() -> List.of("espresso", "americano", "cafe-latte", "vanilla-latte", "caramel-macchiato", "cappuccino",
                "cafe-mocha", "cold-brew", "green-tea-latte", "chamomile").forEach(id -> screen.menu().pairings().set(id, true)));
        Fx.waitUntil(5, "the problem is shown", () -> !screen.menu().draft().problemProperty().get().isEmpty());
        assertThat(Fx.call(() -> screen.menu().draft().problemProperty().get())).contains("레몬에이드").contains("함께 추천할 메뉴");
        assertThat(find("#saveButton").isDisabled()).isTrue();
        Fx.screenshot(stage.getScene().getRoot(), "office-menu-pairings-invalid-ko-1920x1080");
        Fx.run(() -> screen.menu().pairings().set("chamomile", false));
        Fx.waitUntil(5, "valid again", () -> screen.menu().draft().problemProperty().get().isEmpty());
        assertThat(MenuLoader.load(menuFile).item("lemon-ade").orElseThrow().pairings()).containsExactly("croissant");

        showOffice(Locale.ENGLISH, 1280, 800);
        Fx.run(() -> screen.tabs().getSelectionModel().select(1));
        Fx.waitUntil(20, "the menu is open", () -> !screen.menu().categories().rows().isEmpty());
        Fx.run(() -> {
            screen.menu().categories().selectedProperty().set("ade-smoothie");
            screen.menu().items().selectedProperty().set("lemon-ade");
        });
        javafx.scene.layout.VBox english = find("#itemPairings");
        Fx.waitUntil(10, "the saved pairing in English", () -> english.getChildren().stream().anyMatch(n ->
                "croissant".equals(n.getUserData()) && ((javafx.scene.control.CheckBox) n).isSelected()
                        && ((javafx.scene.control.CheckBox) n).getText().equals("Butter Croissant")));
        Fx.screenshot(stage.getScene().getRoot(), "office-menu-pairings-en-1280x800");
    }

    @Test
    void theStaffPinIsChangedHereNeverTypedAsAHash() throws Exception {
        cafeWithOrders();
        showOffice(Locale.KOREAN, 1920, 1080);
        Fx.run(() -> screen.tabs().getSelectionModel().select(2));
        Fx.run(() -> {
            screen.pin().oldPinProperty().set("0000");
            screen.pin().newPinProperty().set("2580");
            screen.pin().repeatProperty().set("2580");
            screen.pin().submit();
        });
        Fx.waitUntil(20, "refused", () -> screen.pin().messageProperty().get().contains("맞지 않습니다"));
        Fx.screenshot(stage.getScene().getRoot(), "office-pin-ko-1920x1080");
        Fx.run(() -> {
            screen.pin().oldPinProperty().set(ConfigLoader.DEMO_PIN);
            screen.pin().submit();
        });
        Fx.waitUntil(20, "changed", () -> screen.pin().succeededProperty().get());
        String hash = new ConfigLoader(Map.of(), dir).load(configFile).kiosk().staffPinHash();
        assertThat(PinHash.matches("2580", hash)).isTrue();
        Fx.run(() -> { // the owner's PIN is in force now: the demo PIN no longer opens anything
            screen.pin().oldPinProperty().set(ConfigLoader.DEMO_PIN);
            screen.pin().newPinProperty().set("1357");
            screen.pin().repeatProperty().set("1357");
            screen.pin().submit();
        });
        Fx.waitUntil(20, "the demo PIN refused", () -> screen.pin().messageProperty().get().contains("맞지 않습니다"));
        assertThat(new ConfigLoader(Map.of(), dir).load(configFile).kiosk().staffPinHash()).isEqualTo(hash);
        assertThat(Files.readString(configFile)).doesNotContain("2580").contains("dataDir");
        showOffice(Locale.ENGLISH, 1280, 800);
        Fx.run(() -> screen.tabs().getSelectionModel().select(2));
        Fx.screenshot(stage.getScene().getRoot(), "office-pin-en-1280x800");
        assertThat(Fx.call(() -> ((TabPane) screen.tabs()).getTabs().size())).isEqualTo(3);
        assertThat(LocalTime.now()).isNotNull();
    }

    /** The gate of the office: no PIN set refuses and says how to set one; the demo PIN is said on the prompt. */
    @Test
    void theOfficeIsRefusedWithoutAPinAndTheDemoPinIsShownWhenChosen() throws Exception {
        com.brewline.display.I18n ko = new com.brewline.display.I18n(OfficeScreen.MESSAGES, Locale.KOREAN);
        Fx.run(() -> {
            stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 800, 600));
            stage.show();
        });
        CompletableFuture<Boolean> refused = new CompletableFuture<>();
        javafx.application.Platform.runLater(() -> refused.complete(com.brewline.office.app.StaffGate.ask(stage, ko,
                () -> null, java.time.Clock.systemUTC())));
        javafx.scene.control.DialogPane noPin = dialogPane("#staff-no-pin");
        assertThat(Fx.call(noPin::getContentText)).contains("brewline pin set");
        Fx.screenshot(noPin, "office-gate-no-pin-ko");
        assertThat(Fx.call(() -> okButton(noPin).getText())).as("the button in the screen's language").isEqualTo("확인");
        Fx.run(() -> okButton(noPin).fire());
        assertThat(refused.get(10, java.util.concurrent.TimeUnit.SECONDS)).as("no PIN: no office").isFalse();

        CompletableFuture<Boolean> demo = new CompletableFuture<>();
        javafx.application.Platform.runLater(() -> demo.complete(com.brewline.office.app.StaffGate.ask(stage, ko,
                com.brewline.config.StaffPin::demoHash, java.time.Clock.systemUTC())));
        javafx.scene.control.DialogPane prompt = dialogPane("#staff-pin");
        assertThat(Fx.call(() -> ((Label) prompt.lookup("#staff-pin-hint")).getText())).contains("데모 PIN 1234");
        Fx.screenshot(prompt, "office-gate-demo-pin-ko");
        Fx.run(() -> {
            ((javafx.scene.control.PasswordField) prompt.lookup("#staff-pin")).setText("1234");
            okButton(prompt).fire();
        });
        assertThat(demo.get(30, java.util.concurrent.TimeUnit.SECONDS)).as("the demo PIN opens the demo's office").isTrue();
    }

    /** The dialog's confirming button (its text is the screen's language, not JavaFX's own OK). */
    private static javafx.scene.control.Button okButton(javafx.scene.control.DialogPane pane) {
        return (javafx.scene.control.Button) pane.lookupButton(pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow());
    }

    /** The dialog pane, in whichever window, that holds (or is) the node {@code selector} finds. */
    private static javafx.scene.control.DialogPane dialogPane(String selector) {
        Fx.waitUntil(20, "the dialog " + selector, () -> Fx.call(() -> findInWindows(selector) != null));
        return Fx.call(() -> {
            Node n = findInWindows(selector);
            while (!(n instanceof javafx.scene.control.DialogPane)) {
                n = n.getParent();
            }
            return (javafx.scene.control.DialogPane) n;
        });
    }

    private static Node findInWindows(String selector) {
        for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
            if (w.getScene() != null && w.isShowing()) {
                Node n = w.getScene().getRoot().lookup(selector);
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }
}
