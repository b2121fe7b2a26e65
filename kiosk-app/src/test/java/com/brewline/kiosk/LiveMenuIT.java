package com.brewline.kiosk;

import com.brewline.kiosk.frame.Screen;
import com.brewline.kiosk.pay.PayState;
import com.brewline.kiosk.testing.Child;
import com.brewline.testkit.fx.Fx;
import com.brewline.kiosk.testing.KioskFixture;
import com.brewline.kiosk.testing.Lines;
import com.brewline.kiosk.testing.Shots;
import com.brewline.kitchen.AlertKinds;
import com.brewline.menu.MenuLoader;
import com.brewline.model.DiningOption;
import com.brewline.model.OrderLine;
import com.brewline.payment.client.BreakerSettings;
import com.brewline.sandbox.SandboxKnobs;
import com.brewline.store.StaffAlert;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The menu file edited by another process while the kiosk runs (issue 13): a price within seconds, applied
 * between customers, a line keeping its price; an item retired while in a cart told at pay time with nothing
 * charged; a broken file refused (the kiosk keeps its menu, staff are told file, line and field).
 */
class LiveMenuIT {
    @TempDir
    Path menuDir;
    private Path menuFile;
    private KioskFixture kiosk;

    @BeforeEach
    void start() throws Exception {
        menuFile = copyBundledMenu(menuDir);
        kiosk = new KioskFixture(SandboxKnobs.manual(), BreakerSettings.defaults(), s -> s, c -> c.withMenuFile(menuFile));
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    /** The bundled menu and its pictures, as a shop's own menu file in a folder of its own. */
    static Path copyBundledMenu(Path dir) throws Exception {
        byte[] json;
        try (InputStream in = MenuLoader.class.getResourceAsStream(MenuLoader.DEFAULT_RESOURCE)) {
            json = in.readAllBytes();
        }
        Path file = dir.resolve("menu.json");
        Files.write(file, json);
        JsonNode root = new ObjectMapper().readTree(json);
        for (String list : List.of("categories", "items")) {
            for (JsonNode node : root.get(list)) {
                if (node.hasNonNull("image")) {
                    String image = node.get("image").asText();
                    try (InputStream in = MenuLoader.class.getResourceAsStream("/com/brewline/menu/" + image)) {
                        Path target = dir.resolve(image);
                        Files.createDirectories(target.getParent());
                        if (in != null && !Files.exists(target)) {
                            Files.copy(in, target);
                        }
                    }
                }
            }
        }
        return file;
    }

    private long tilePrice(String itemId) {
        return Fx.get(() -> kiosk.ui.menu().tile(itemId).item().price());
    }

    @Test
    @Timeout(120)
    void aPriceEditedByAnotherProcessShowsWithinSecondsAndACustomerKeepsTheMenuTheyStartedWith() throws Exception {
        assertEquals(4500, tilePrice("americano"));
        Instant saved = Instant.now();
        Child.run(Duration.ofSeconds(60), "price", menuFile.toString(), "americano", "4900");
        Fx.waitUntil("the new price on the idle kiosk", Duration.ofSeconds(10), () -> tilePrice("americano") == 4900);
        System.out.printf("new price shown %d ms after the other process saved it%n",
                Duration.between(saved, Instant.now()).toMillis());

        // a customer starts with an americano at 4,900; meanwhile the price changes again
        Fx.run(() -> {
            kiosk.ui.attract().start();
            kiosk.ui.cart().add(Lines.withDefaults(kiosk.ui.liveMenu().inUse(), "americano"));
        });
        Fx.run(() -> kiosk.ui.menu().categoryProperty().set(kiosk.ui.menu().categories().get(0)));
        Child.run(Duration.ofSeconds(60), "price", menuFile.toString(), "americano", "5200");
        Fx.waitUntil("the new menu waiting", Duration.ofSeconds(10), () -> kiosk.ui.liveMenu().waiting());
        assertEquals(5200, kiosk.ui.liveMenu().newest().item("americano").orElseThrow().price());
        assertEquals(4900, tilePrice("americano"), "the customer halfway through keeps the menu they started with");
        Shots.take(kiosk, "live-menu-price-kept");

        // the line keeps its price through payment: the provider is asked for 4,900
        Fx.run(() -> {
            kiosk.ui.cart().diningProperty().set(DiningOption.TAKEOUT);
            kiosk.ui.menu().checkout();
            kiosk.ui.cart().pay();
        });
        Fx.waitUntil("the payment session", Duration.ofSeconds(20), () -> kiosk.ui.pay().state() == PayState.WAITING);
        assertEquals(4900, Fx.get(() -> kiosk.ui.pay().amountProperty().get()));
        assertEquals(4900, kiosk.sandbox().payments().get(0).totalAmount());
        Fx.run(() -> kiosk.ui.pay().cancel());
        Fx.waitUntil("cancelled", Duration.ofSeconds(20), () -> !kiosk.ui.pay().state().inProgress());

        // the next customer gets the new menu
        Fx.run(() -> kiosk.ui.frame().endSession());
        assertEquals(5200, tilePrice("americano"));
        Fx.run(() -> kiosk.ui.attract().start());
        Shots.take(kiosk, "live-menu-new-price");
    }

    @Test
    @Timeout(120)
    void anItemRetiredWhileInACartIsToldAtPayTimeAndNothingIsCharged() throws Exception {
        Fx.run(() -> {
            kiosk.ui.attract().start();
            kiosk.ui.cart().add(Lines.withDefaults(kiosk.menu, "americano"));
            kiosk.ui.cart().add(Lines.withDefaults(kiosk.menu, "croissant"));
            kiosk.ui.cart().diningProperty().set(DiningOption.DINE_IN);
            kiosk.ui.menu().checkout();
        });
        Child.run(Duration.ofSeconds(60), "retire", menuFile.toString(), "croissant");
        Fx.waitOffFx("the retired item gone from the newest menu", Duration.ofSeconds(10),
                () -> kiosk.ui.liveMenu().newest().item("croissant").isEmpty());

        Fx.run(() -> kiosk.ui.cart().pay());
        Fx.waitUntil("told at pay time", Duration.ofSeconds(20), () -> kiosk.ui.pay().state() == PayState.SOLD_OUT);
        assertEquals(List.of("croissant"), Fx.get(() -> kiosk.ui.pay().trouble().soldOutLinesProperty().get().stream()
                .map(OrderLine::itemId).toList()));
        assertTrue(kiosk.sandbox().payments().isEmpty(), "no payment session: nothing charged");
        assertTrue(kiosk.store().orders().pendingCreatedBefore(Instant.now().plusSeconds(60)).isEmpty(), "no order written");
        Fx.settle();
        String detail = Fx.get(() -> ((javafx.scene.control.Label) kiosk.scene().lookup("#detail")).getText());
        assertTrue(detail.contains("버터 크루아상") && detail.contains("결제되지 않았어요"), detail);
        assertEquals("guide.pay.stopped", Fx.get(() -> kiosk.ui.frame().guidanceKey()), "no QR code to scan: not said");
        Shots.take(kiosk, "live-pay-retired");

        // back to the cart, the croissant removed, the rest is paid as it was
        Fx.run(() -> {
            kiosk.ui.pay().cancel();
            kiosk.ui.cart().remove(1);
        });
        assertEquals(Screen.CART, Fx.get(() -> kiosk.ui.frame().screen()));
        Fx.run(() -> kiosk.ui.cart().pay());
        Fx.waitUntil("the payment session", Duration.ofSeconds(20), () -> kiosk.ui.pay().state() == PayState.WAITING);
        assertEquals(4500, kiosk.sandbox().payments().get(0).totalAmount());
        Fx.run(() -> kiosk.ui.pay().cancel());
        Fx.waitUntil("cancelled", Duration.ofSeconds(20), () -> !kiosk.ui.pay().state().inProgress());
    }

    @Test
    @Timeout(120)
    void aBrokenMenuFileIsRefusedTheKioskKeepsItsMenuAndStaffAreToldWhere() throws Exception {
        String good = Files.readString(menuFile);
        Files.writeString(menuFile, good.replaceFirst("\"price\": 4500", "\"price\": -1"), StandardCharsets.UTF_8);
        Fx.waitOffFx("the menu alert", Duration.ofSeconds(10), () -> !menuAlerts().isEmpty());
        StaffAlert alert = menuAlerts().get(0);
        assertTrue(alert.message().contains(menuFile.toString()) && alert.message().contains("line ")
                && alert.message().contains("items[1].price"), alert.message());
        assertEquals(4500, tilePrice("americano"), "the kiosk keeps the menu it has");
        assertFalse(kiosk.ui.liveMenu().waiting());

        Files.writeString(menuFile, good.replaceFirst("\"price\": 4500", "\"price\": 4700"), StandardCharsets.UTF_8);
        Fx.waitUntil("the fixed menu taken", Duration.ofSeconds(10), () -> tilePrice("americano") == 4700);
        Fx.waitOffFx("the menu alert resolved", Duration.ofSeconds(10), () -> menuAlerts().isEmpty());
    }

    private List<StaffAlert> menuAlerts() {
        return kiosk.store().alerts().open().stream().filter(a -> a.kind().equals(AlertKinds.MENU_FILE)).toList();
    }
}
