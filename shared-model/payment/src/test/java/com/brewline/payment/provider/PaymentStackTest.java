package com.brewline.payment.provider;

import com.brewline.config.BrewlineConfig;
import com.brewline.config.ConfigLoader;
import com.brewline.model.OrderStatus;
import com.brewline.payment.CheckoutResult;
import com.brewline.payment.CheckoutSession;
import com.brewline.sandbox.SandboxKnobs;
import com.brewline.store.BrewlineStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The kiosk's wiring from the configuration: the embedded sandbox when no provider URL is set. */
class PaymentStackTest {
    @TempDir
    Path dir;

    @Test
    void withoutAProviderUrlTheEmbeddedSandboxTakesPaymentsAndRefunds() {
        BrewlineConfig config = new ConfigLoader(Map.of(), dir).defaults();
        assertThat(config.provider().url()).isNull();
        try (BrewlineStore store = PaymentFixtures.openStoreWithDayOpen(dir.resolve("brewline.db"));
             PaymentStack payments = PaymentStack.start(config, store, Clock.systemUTC(),
                     SandboxKnobs.manual().approveAfter(Duration.ofMillis(50)))) {
            assertThat(payments.embeddedSandbox()).isPresent();
            assertThat(payments.client().settings().baseUrl()).startsWith("http://127.0.0.1:");
            CheckoutSession session = payments.checkout().begin(PaymentFixtures.order("kiosk-1", 1));
            CheckoutResult result = payments.checkout().await(session);
            assertThat(result).isInstanceOf(CheckoutResult.Paid.class);
            long id = session.pendingOrder().id();
            assertThat(payments.refunds().cancelByCustomer(id, "kiosk-1").status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(store.payments().refundsDue()).isEmpty();
            assertThat(payments.embeddedSandbox().orElseThrow().payment(session.pendingOrder().paymentOrderId())
                    .orElseThrow().status()).isEqualTo("CANCELED");
        }
    }
}
