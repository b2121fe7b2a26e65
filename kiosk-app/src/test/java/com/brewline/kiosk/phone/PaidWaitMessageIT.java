package com.brewline.kiosk.phone;

import com.brewline.kiosk.frame.Screen;
import com.brewline.kiosk.pay.PayState;
import com.brewline.testkit.fx.Fx;
import com.brewline.kiosk.testing.KioskFixture;
import com.brewline.kiosk.testing.Lines;
import com.brewline.kitchen.Heartbeat;
import com.brewline.kitchen.ProcessKind;
import com.brewline.kitchen.StationRouting;
import com.brewline.model.DiningOption;
import com.brewline.model.NewOrder;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;
import com.brewline.sandbox.notify.NotificationKnobs;
import com.brewline.sandbox.notify.NotificationSandbox;
import com.brewline.sandbox.notify.SentMessage;
import com.brewline.store.OutboxMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PAID message tells the wait the done screen shows (one count, the gate's), not the older estimate written with
 * the payment: with two baristas at the station and orders ahead the two counts differ, and the message must say the
 * screen's.
 */
class PaidWaitMessageIT {
    private static NotificationSandbox provider;
    private static KioskFixture kiosk;

    @BeforeAll
    static void start() throws Exception {
        provider = new NotificationSandbox("nk_kiosk", NotificationKnobs.calm());
        provider.start(0);
        kiosk = KioskFixture.tellingThrough(provider.baseUrl(), "nk_kiosk");
    }

    @AfterAll
    static void stop() {
        kiosk.close();
        provider.close();
    }

    @Test
    void thePaidMessageTellsTheWaitTheDoneScreenShows() {
        // two baristas working the one station, and four orders of three lattes each paid before ours
        Instant now = Instant.now();
        for (String name : List.of("station-a", "station-b")) {
            kiosk.store().heartbeats().beat(new Heartbeat(ProcessKind.STATION, name, StationRouting.SINGLE_STATION_ID,
                    now, null, null, null));
        }
        List<Order> ahead = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            OrderLine line = Lines.withDefaults(kiosk.menu, "cafe-latte").withQuantity(3);
            Order pending = kiosk.store().orders().createPending(new NewOrder("kiosk-9", DiningOption.TAKEOUT, List.of(line)));
            ahead.add(kiosk.store().orders().markPaid(pending.id(), "AHEAD-" + i, pending.total(), "CARD", Instant.now(),
                    "kiosk:kiosk-9"));
        }

        Fx.run(() -> {
            kiosk.ui.frame().endSession();
            var item = kiosk.ui.item();
            item.open(kiosk.menu.item("americano").orElseThrow(), kiosk.ui.menu().tile("americano").soldOutProperty());
            item.addToCart();
            kiosk.ui.cart().diningProperty().set(DiningOption.TAKEOUT);
            kiosk.ui.frame().go(Screen.CART);
        });
        Fx.run(() -> {
            var phone = kiosk.runtime.context().phoneEntry();
            "01098765432".chars().forEach(c -> phone.digit(c - '0'));
            phone.consentProperty().set(true);
        });
        Fx.run(() -> kiosk.ui.cart().pay());
        Fx.waitUntil("waiting for the customer", Duration.ofSeconds(10), () -> kiosk.ui.pay().state() == PayState.WAITING);
        Order pending = kiosk.store().orders().pendingCreatedBefore(Instant.now().plusSeconds(5)).get(0);
        String paymentKey = kiosk.store().payments().payment(pending.id()).orElseThrow().paymentKey();
        assertThat(kiosk.sandbox().approve(paymentKey)).isTrue();
        Fx.waitUntil("paid", Duration.ofSeconds(15), () -> kiosk.ui.frame().screen() == Screen.DONE);
        Fx.waitUntil("the done screen's wait", Duration.ofSeconds(10), () -> kiosk.ui.done().waitMinutesProperty().get() > 0);
        int shown = Fx.get(() -> kiosk.ui.done().waitMinutesProperty().get());

        String reference = "order-" + pending.paymentOrderId() + "-PAID";
        Fx.waitOffFx("the paid message", Duration.ofSeconds(15), () -> provider.messages().stream()
                .anyMatch(m -> m.clientReference().equals(reference)));
        SentMessage sent = provider.messages().stream().filter(m -> m.clientReference().equals(reference)).findFirst()
                .orElseThrow();

        // the older count (every ticket ahead by one barista) would tell more: the test tells the two apart
        int older = OutboxMessage.waitMinutes(ahead, kiosk.store().orders().find(pending.id()).orElseThrow().lines());
        assertThat(older).as("the payment's count differs from the screen's here").isNotEqualTo(shown);
        assertThat(sent.text()).contains("약 " + shown + "분");
        assertThat(kiosk.store().notifications().ofOrder(pending.id()).get(0).waitMinutes()).isEqualTo(shown);
    }
}
