package com.brewline.kiosk.phone;

import com.brewline.kiosk.pay.PayState;
import com.brewline.kiosk.frame.Screen;
import com.brewline.testkit.fx.Fx;
import com.brewline.kiosk.testing.KioskFixture;
import com.brewline.kiosk.testing.ScreenTour;
import com.brewline.model.DiningOption;
import com.brewline.model.Order;
import com.brewline.sandbox.notify.NotificationKnobs;
import com.brewline.sandbox.notify.NotificationSandbox;
import com.brewline.sandbox.notify.SentMessage;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The optional phone number at the cart (issue 14), touched as a customer would: folded by default, the
 * number typed on the pad, nothing kept without the consent tick, and with it the order carries the
 * number and the customer gets the "paid" message from the notification provider.
 */
class PhoneEntryIT {
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

    @BeforeEach
    void atTheCart() {
        Fx.run(() -> kiosk.ui.frame().endSession());
        Fx.run(() -> {
            var item = kiosk.ui.item();
            item.open(kiosk.menu.item("americano").orElseThrow(), kiosk.ui.menu().tile("americano").soldOutProperty());
            item.addToCart();
            kiosk.ui.cart().diningProperty().set(DiningOption.TAKEOUT);
            kiosk.ui.frame().go(Screen.CART);
        });
        kiosk.show(ScreenTour.ALL.get(0));
    }

    private void tap(String query) {
        kiosk.tap(query);
    }

    private void type(String digits) {
        for (char c : digits.toCharArray()) {
            tap("#pad-" + c);
        }
    }

    private static boolean shown(Node n) {
        return Fx.shown(n);
    }

    private String hint() {
        return Fx.get(() -> ((Label) kiosk.scene().getRoot().lookup("#phone-hint")).getText());
    }

    @Test
    void foldedUntilTouchedThenTheNumberNeedsTheConsentTick() {
        assertThat(Fx.get(() -> shown(kiosk.scene().getRoot().lookup("#phone-number"))))
                .as("the pad and the number are folded away").isFalse();
        tap("#phone-open");
        type("01012345678");
        assertThat(Fx.get(() -> ((Label) kiosk.scene().getRoot().lookup("#phone-number")).getText())).isEqualTo("010-1234-5678");
        assertThat(hint()).isEqualTo("알림을 받으려면 동의에 체크해 주세요.");
        assertThat(kiosk.runtime.context().phoneEntry().phone()).isEmpty();

        tap("#phone-consent");
        assertThat(Fx.get(() -> ((CheckBox) kiosk.scene().getRoot().lookup("#phone-consent")).isSelected())).isTrue();
        assertThat(hint()).isEqualTo("주문 상황을 이 번호로 알려 드릴게요.");
        assertThat(kiosk.runtime.context().phoneEntry().phone()).map(p -> p.masked()).contains("010-****-5678");

        for (ScreenTour.Variant variant : ScreenTour.ALL) {
            Fx.snapshot(kiosk.show(variant), Path.of("target", "screenshots", "phone-entry-" + variant.suffix() + ".png"));
        }
        Fx.run(() -> kiosk.ui.frame().endSession());
        assertThat(kiosk.runtime.context().phoneEntry().digitsProperty().get()).as("forgotten with the session").isEmpty();
    }

    /**
     * The pad open, in both languages, both orientations, normal and easy mode: the pay button and the cart's
     * total stay on screen (today's complaint: the pad pushed them off in easy portrait), the consent line is
     * whole, and the scene passes the accessibility checks of its mode (200 % in easy mode).
     */
    @Test
    void withThePadOpenThePayButtonAndTheCartsTotalStayOnScreenInEveryLayout() {
        tap("#phone-open");
        type("0101234");
        java.util.List<String> problems = new java.util.ArrayList<>();
        try {
          for (ScreenTour.Variant variant : ScreenTour.ALL) {
            javafx.scene.Scene scene = kiosk.show(variant);
            Fx.snapshot(scene, Path.of("target", "screenshots", "phone-pad-" + variant.suffix() + ".png"));
            com.brewline.kiosk.testing.AccessibilityCheck.problems(scene, variant.accessible() && !variant.landscape(),
                    variant.accessible()).forEach(p -> problems.add(variant.suffix() + ": " + p));
            for (String id : java.util.List.of("#payButton", "#total", "#phone-consent", "#pad-0")) {
                Node n = Fx.get(() -> scene.getRoot().lookup(id));
                assertThat(n).as(id + " in " + variant.suffix()).isNotNull();
                javafx.geometry.Bounds b = Fx.get(() -> n.localToScene(n.getLayoutBounds()));
                assertThat(Fx.get(() -> shown(n))).as(id + " shown in " + variant.suffix()).isTrue();
                assertThat(b.getMinY() >= -0.5 && b.getMaxY() <= scene.getHeight() + 0.5 && b.getHeight() > 0)
                        .as(id + " on screen in " + variant.suffix() + ": " + b).isTrue();
            }
          }
        } finally {
            kiosk.show(ScreenTour.ALL.get(0));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aWrongNumberIsSaidAndNotKept() {
        tap("#phone-open");
        type("02123456789");
        tap("#phone-consent");
        assertThat(hint()).isEqualTo("휴대폰 번호가 아니에요. 010으로 시작하는 번호를 눌러 주세요.");
        assertThat(kiosk.runtime.context().phoneEntry().phone()).isEmpty();
    }

    @Test
    void aNumberLeftWithConsentTravelsWithTheOrderAndThePaidMessageGoes() {
        tap("#phone-open");
        type("01098765432");
        tap("#phone-consent");
        Fx.run(() -> kiosk.ui.cart().pay());
        Fx.waitUntil("waiting for the customer", Duration.ofSeconds(10), () -> kiosk.ui.pay().state() == PayState.WAITING);
        Order pending = kiosk.store().orders().pendingCreatedBefore(Instant.now().plusSeconds(5)).get(0);
        String paymentKey = kiosk.store().payments().payment(pending.id()).orElseThrow().paymentKey();
        assertThat(kiosk.sandbox().approve(paymentKey)).isTrue();
        Fx.waitUntil("paid", Duration.ofSeconds(15), () -> kiosk.ui.frame().screen() == Screen.DONE);

        assertThat(kiosk.store().notifications().maskedPhone(pending.id())).contains("010-****-5432");
        Fx.waitOffFx("the paid message", Duration.ofSeconds(15), () -> provider.messages().stream()
                .anyMatch(m -> m.clientReference().equals("order-" + pending.paymentOrderId() + "-PAID")));
        SentMessage sent = provider.messages().stream()
                .filter(m -> m.clientReference().equals("order-" + pending.paymentOrderId() + "-PAID")).findFirst().orElseThrow();
        assertThat(sent.recipient()).isEqualTo("010-****-5432");
        assertThat(sent.text()).startsWith("[브루라인 카페] ").contains("번 주문이 접수되었습니다");
    }
}
