package com.brewline.payment.provider;

import com.brewline.config.BrewlineConfig;
import com.brewline.config.ConfigException;
import com.brewline.config.ConfigLoader;
import com.brewline.model.OrderStatus;
import com.brewline.payment.CheckoutResult;
import com.brewline.payment.CheckoutSession;
import com.brewline.sandbox.SandboxKnobs;
import com.brewline.sandbox.SandboxProvider;
import com.brewline.store.BrewlineStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The kiosk's wiring from the configuration: a provider URL, never a sandbox chosen behind its back. */
class PaymentStackTest {
    @TempDir
    Path dir;

    @Test
    void withoutAProviderUrlNothingStartsAndTheSettingIsNamed() {
        BrewlineConfig config = new ConfigLoader(Map.of(), dir).defaults();
        assertThat(config.provider().url()).isNull();
        try (BrewlineStore store = PaymentFixtures.openStoreWithDayOpen(dir.resolve("brewline.db"))) {
            assertThatThrownBy(() -> PaymentStack.start(config, store, Clock.systemUTC()))
                    .isInstanceOf(ConfigException.class).hasMessageContaining("provider.url");
        }
    }

    @Test
    void aConfiguredProviderTakesPaymentsAndRefunds() {
        SandboxProvider sandbox = new SandboxProvider("test_sk", SandboxKnobs.manual().approveAfter(Duration.ofMillis(50)));
        sandbox.start(0);
        BrewlineConfig defaults = new ConfigLoader(Map.of(), dir).defaults();
        BrewlineConfig config = defaults.withProvider(defaults.provider().at(sandbox.baseUrl(), "test_sk"));
        try (BrewlineStore store = PaymentFixtures.openStoreWithDayOpen(dir.resolve("brewline.db"));
             PaymentStack payments = PaymentStack.start(config, store, Clock.systemUTC())) {
            assertThat(payments.client().settings().baseUrl()).isEqualTo(sandbox.baseUrl());
            CheckoutSession session = payments.checkout().begin(PaymentFixtures.order("kiosk-1", 1));
            CheckoutResult result = payments.checkout().await(session);
            assertThat(result).isInstanceOf(CheckoutResult.Paid.class);
            long id = session.pendingOrder().id();
            assertThat(payments.refunds().cancelByCustomer(id, "kiosk-1").status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(store.payments().refundsDue()).isEmpty();
            assertThat(sandbox.payment(session.pendingOrder().paymentOrderId()).orElseThrow().status()).isEqualTo("CANCELED");
        } finally {
            sandbox.stop();
        }
    }
}
