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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A kiosk process for {@link CrashBetweenConfirmAndCommitIT}: pays COUNT orders at once (one thread each, as
 * kiosks sharing a machine) through the sandbox; each checkout that the provider answered DONE stops right there,
 * before its local commit, until all have; then the JVM halts (no shutdown hooks, no finally: as kill -9) with
 * every one of them between the provider's DONE and the commit. Args: database, provider URL, secret key, number
 * of the first order, COUNT. Exit 137 is that halt; 4 means not every checkout reached DONE in time; 3 that one
 * settled (a decline).
 */
public final class PayingChild {
    /** How long the first checkout at DONE waits for the others; past it the child gives up (exit 4). */
    private static final long ALL_DONE_SECONDS = 30;

    private PayingChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path db = Path.of(args[0]);
        int first = Integer.parseInt(args[3]);
        int count = Integer.parseInt(args[4]);
        CountDownLatch atDone = new CountDownLatch(count);
        Runnable haltWhenAllAreDone = () -> {
            atDone.countDown();
            try {
                if (atDone.await(ALL_DONE_SECONDS, TimeUnit.SECONDS)) {
                    Runtime.getRuntime().halt(137);
                }
                System.out.println("TIMEOUT " + atDone.getCount() + " checkout(s) never reached DONE");
                System.out.flush();
                Runtime.getRuntime().halt(4);
            } catch (InterruptedException e) {
                Runtime.getRuntime().halt(4);
            }
        };
        try (BrewlineStore store = SqliteStore.open(db, Clock.systemUTC());
             PaymentProviderClient client = new PaymentProviderClient(ProviderSettings.of(args[1], args[2]),
                     BreakerSettings.defaults().create("child"))) {
            ProviderCheckoutService checkout = new ProviderCheckoutService(store, client, Clock.systemUTC(),
                    Duration.ofMillis(10), Duration.ofSeconds(5), haltWhenAllAreDone);
            List<Thread> kiosks = new ArrayList<>();
            for (int i = first; i < first + count; i++) {
                int n = i;
                Thread kiosk = new Thread(() -> {
                    CheckoutSession session = checkout.begin(PaymentFixtures.order("kiosk-child-" + n, n));
                    System.out.println("BEGAN " + session.pendingOrder().paymentOrderId());
                    System.out.flush();
                    CheckoutResult result = checkout.await(session);
                    // only reached when the provider did not answer DONE (a decline): the test treats it as a failure
                    System.out.println("SETTLED " + result);
                    System.out.flush();
                    Runtime.getRuntime().halt(3);
                }, "kiosk-child-" + n);
                kiosk.start();
                kiosks.add(kiosk);
            }
            for (Thread kiosk : kiosks) {
                kiosk.join(TimeUnit.SECONDS.toMillis(ALL_DONE_SECONDS * 2));
            }
        }
        System.exit(3);
    }
}
