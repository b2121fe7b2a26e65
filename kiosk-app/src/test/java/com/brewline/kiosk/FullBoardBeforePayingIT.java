package com.brewline.kiosk;

import com.brewline.kiosk.pay.PayState;
import com.brewline.testkit.fx.Fx;
import com.brewline.kiosk.testing.KioskFixture;
import com.brewline.model.DiningOption;
import com.brewline.model.OrderLine;
import com.brewline.sandbox.SandboxKnobs;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 9: with every pickup number held, the customer is told before paying and nothing goes to the provider. */
class FullBoardBeforePayingIT {
    private KioskFixture kiosk;

    @AfterEach
    void close() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void aFullBoardIsSaidBeforeAnyPaymentIsAskedFor() throws Exception {
        kiosk = new KioskFixture(SandboxKnobs.manual().approveAfter(Duration.ofMillis(50)));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + kiosk.dir.resolve("brewline.db"));
             Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            for (int n = 1; n <= 999; n++) { // a full board at rush hour
                st.execute("INSERT INTO orders (payment_order_id, business_day_id, pickup_number, status, dining, kiosk_id, "
                        + "total, created_at, paid_at, paid_seq) VALUES ('FULL-" + n + "-xx', (SELECT max(id) FROM business_days), "
                        + n + ", 'PAID', 'DINE_IN', 'kiosk-9', 1000, 0, 0, " + (100_000 + n) + ")");
            }
            c.commit();
        }
        long requests = kiosk.sandbox().apiRequestCount();
        Fx.run(() -> {
            kiosk.ui.cart().add(new OrderLine("americano", "아메리카노", "Americano", List.of(), 1, 4_500, 60));
            kiosk.ui.cart().diningProperty().set(DiningOption.DINE_IN);
            kiosk.ui.frame().go(com.brewline.kiosk.frame.Screen.PAY);
            kiosk.ui.pay().start();
        });
        Fx.waitUntil("full board said", Duration.ofSeconds(10), () -> kiosk.ui.pay().state() == PayState.FULL);
        assertEquals(kiosk.ui.frame().i18n().text("pay.state.FULL"),
                Fx.get(() -> ((Label) kiosk.scene().getRoot().lookup("#headline")).getText()));
        assertEquals(requests, kiosk.sandbox().apiRequestCount(), "no payment was asked for");
        assertTrue(kiosk.store().orders().pendingCreatedBefore(java.time.Instant.now().plusSeconds(1)).isEmpty(),
                "nothing was written");
        Fx.snapshot(kiosk.scene(), java.nio.file.Path.of("target/screenshots/pay-full-board-ko-portrait.png"));
    }
}
