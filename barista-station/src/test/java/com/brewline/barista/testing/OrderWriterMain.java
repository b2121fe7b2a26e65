package com.brewline.barista.testing;

import com.brewline.payment.CheckoutResult;
import com.brewline.payment.CheckoutSession;
import com.brewline.payment.client.BreakerSettings;
import com.brewline.payment.client.PaymentProviderClient;
import com.brewline.payment.client.ProviderSettings;
import com.brewline.payment.provider.ProviderCheckoutService;
import com.brewline.store.sqlite.SqliteStore;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The kiosk side of the multi-process tests, run as its own JVM: {@code DB PROVIDER_URL SECRET_KEY COUNT [PAUSE_MS]}.
 * Pays COUNT orders through the real checkout (pending order, provider session, the sandbox's simulated
 * approval, confirm, commit) one after another and prints "PAID id pickupNumber epochMillis" right after each commit.
 */
public final class OrderWriterMain {
    private OrderWriterMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Clock clock = Clock.systemUTC();
        try (SqliteStore store = SqliteStore.open(Path.of(args[0]), clock);
             PaymentProviderClient client = new PaymentProviderClient(ProviderSettings.of(args[1], args[2]),
                     BreakerSettings.defaults().create("writer"))) {
            ProviderCheckoutService checkout = new ProviderCheckoutService(store, client, clock, Duration.ofMillis(20),
                    Duration.ofSeconds(10), () -> { });
            int count = Integer.parseInt(args[3]);
            long pauseMillis = args.length > 4 ? Long.parseLong(args[4]) : 0;
            for (int i = 0; i < count; i++) {
                CheckoutSession session = checkout.begin(Orders.newOrder(i, "kiosk-writer"));
                CheckoutResult result = checkout.await(session);
                if (!(result instanceof CheckoutResult.Paid paid)) {
                    throw new IllegalStateException("order " + i + " not paid: " + result);
                }
                out.println("PAID " + paid.order().id() + " " + paid.order().pickupNumber() + " " + System.currentTimeMillis());
                if (pauseMillis > 0) {
                    Thread.sleep(pauseMillis);
                }
            }
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(1);
        }
    }
}
