package com.brewline.payment.provider;

import com.brewline.payment.CheckoutResult;
import com.brewline.payment.CheckoutSession;
import com.brewline.payment.client.BreakerSettings;
import com.brewline.payment.client.PaymentProviderClient;
import com.brewline.payment.client.ProviderSettings;
import com.brewline.store.BrewlineStore;
import com.brewline.store.sqlite.SqliteStore;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * A kiosk process for {@link CrashBetweenConfirmAndCommitIT}: pays one order through the sandbox
 * and halts the JVM (no shutdown hooks, no finally: as kill -9) the moment the provider answered
 * DONE, before the local commit. Args: database, provider URL, secret key, order number.
 */
public final class PayingChild {
    private PayingChild() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        int i = Integer.parseInt(args[3]);
        try (BrewlineStore store = SqliteStore.open(db, Clock.systemUTC());
             PaymentProviderClient client = new PaymentProviderClient(ProviderSettings.of(args[1], args[2]),
                     BreakerSettings.defaults().create("child"))) {
            ProviderCheckoutService checkout = new ProviderCheckoutService(store, client, Clock.systemUTC(),
                    Duration.ofMillis(10), Duration.ofSeconds(5), () -> Runtime.getRuntime().halt(137));
            CheckoutSession session = checkout.begin(PaymentFixtures.order("kiosk-child-" + i, i));
            System.out.println("BEGAN " + session.pendingOrder().paymentOrderId());
            System.out.flush();
            CheckoutResult result = checkout.await(session);
            // only reached when the provider did not answer DONE (a decline): the test treats it as a failure
            System.out.println("SETTLED " + result);
        }
        System.exit(3);
    }
}
