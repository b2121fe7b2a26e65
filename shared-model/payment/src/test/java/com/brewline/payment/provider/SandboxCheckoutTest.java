package com.brewline.payment.provider;

import com.brewline.model.OrderStatus;
import com.brewline.payment.CheckoutResult;
import com.brewline.payment.CheckoutSession;
import com.brewline.payment.PaymentBusyException;
import com.brewline.payment.client.BreakerSettings;
import com.brewline.payment.client.PaymentProviderClient;
import com.brewline.payment.client.ProviderSettings;
import com.brewline.sandbox.SandboxKnobs;
import com.brewline.sandbox.SandboxPaymentView;
import com.brewline.sandbox.SandboxProvider;
import com.brewline.store.BrewlineStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 1,000 checkouts from 8 kiosk threads through the real client and store against the sandbox over
 * loopback HTTP, with 10 % declines, 5 % injected 5xx and 5 % connections dropped after the
 * provider committed. The provider's books and the store must agree one to one.
 */
class SandboxCheckoutTest {
    private static final int ORDERS = 1_000;
    private static final int KIOSKS = 8;

    @TempDir
    Path dir;
    private Path db;
    private BrewlineStore store;
    private SandboxProvider sandbox;
    private PaymentProviderClient client;

    @BeforeEach
    void start() {
        db = dir.resolve("brewline.db");
        store = PaymentFixtures.openStoreWithDayOpen(db);
        sandbox = new SandboxProvider(PaymentFixtures.SECRET, SandboxKnobs.manual()
                .approveAfter(Duration.ofMillis(15)).declineRate(0.10).failRate(0.05).dropRate(0.05));
        sandbox.start(0);
        client = new PaymentProviderClient(ProviderSettings.of(sandbox.baseUrl(), PaymentFixtures.SECRET)
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4))
                .withRetries(4, Duration.ofMillis(5)),
                // a 100-call window: at 10 % injected faults a 10-call window opens now and then by chance,
                // which is right in a cafe but turns this bookkeeping test into a lottery
                BreakerSettings.defaults().withWindow(100, 100).create("sandbox-test"));
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.stop();
        store.close();
    }

    @Test
    void providerBooksAndLocalOrdersMatchOneToOneAndRefundsAddUp() throws Exception {
        // the customer approves 15 ms after ready, the kiosk looks every 5 ms: a few looks still find it waiting
        ProviderCheckoutService checkout = new ProviderCheckoutService(store, client, Clock.systemUTC(),
                Duration.ofMillis(5), Duration.ofSeconds(30), () -> { });
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        ExecutorService kiosks = Executors.newFixedThreadPool(KIOSKS);
        List<Future<?>> work = new ArrayList<>();
        for (int k = 0; k < KIOSKS; k++) {
            int kiosk = k;
            work.add(kiosks.submit(() -> {
                for (int i = kiosk; i < ORDERS; i += KIOSKS) {
                    String outcome;
                    try {
                        CheckoutSession session = checkout.begin(PaymentFixtures.order("kiosk-" + kiosk, i));
                        if (i % 100 == 42) {
                            checkout.cancel(session); // the customer walks away
                        }
                        outcome = checkout.await(session).getClass().getSimpleName();
                    } catch (PaymentBusyException e) {
                        outcome = "BusyAtBegin";
                    }
                    outcomes.merge(outcome, 1, Integer::sum);
                }
            }));
        }
        for (Future<?> f : work) {
            f.get(3, TimeUnit.MINUTES);
        }
        kiosks.shutdown();
        new Reconciler(store, client, Clock.systemUTC(), Duration.ZERO).reconcileOnce();

        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(ORDERS);
        assertThat(outcomes.getOrDefault("Paid", 0)).as("outcomes %s", outcomes).isBetween(800, 920);
        assertThat(outcomes.getOrDefault("Declined", 0)).as("outcomes %s", outcomes).isBetween(50, 150);
        assertThat(outcomes.getOrDefault("Cancelled", 0)).as("outcomes %s", outcomes).isBetween(1, 10);
        assertBooksMatch();

        // cancel and reject some paid orders while the faults continue
        List<PaymentFixtures.OrderRow> paid = PaymentFixtures.orders(db).stream()
                .filter(r -> r.status().equals("PAID")).toList();
        ProviderRefundService refunds = new ProviderRefundService(store, client, Clock.systemUTC());
        long owed = 0;
        for (int i = 0; i < paid.size(); i++) {
            PaymentFixtures.OrderRow row = paid.get(i);
            if (i % 10 == 3) {
                refunds.cancelByCustomer(row.id(), "kiosk-0");
                owed += row.total();
            } else if (i % 10 == 7) {
                store.orders().transition(row.id(), OrderStatus.IN_PREPARATION, "barista", null);
                refunds.reject(row.id(), "out of oat milk", "barista");
                owed += row.total();
            }
        }
        for (int round = 0; round < 20 && !store.payments().refundsDue().isEmpty(); round++) {
            refunds.processDue();
        }
        assertThat(store.payments().refundsDue()).isEmpty();

        long cancelledAndRejected = PaymentFixtures.orders(db).stream()
                .filter(r -> r.status().equals("CANCELLED") || r.status().equals("REJECTED"))
                .mapToLong(PaymentFixtures.OrderRow::total).sum();
        long refundedAtProvider = sandbox.payments().stream().mapToLong(SandboxPaymentView::cancelledAmount).sum();
        assertThat(cancelledAndRejected).isEqualTo(owed).isPositive();
        assertThat(refundedAtProvider).isEqualTo(cancelledAndRejected);
        assertThat(PaymentFixtures.refunds(db, "DONE")).isEqualTo(cancelledAndRejected);
        assertThat(sandbox.payments()).allSatisfy(p -> assertThat(p.cancelCount()).isLessThanOrEqualTo(1));
        assertBooksMatch();
    }

    /** Every payment the provider confirmed has exactly one paid order of the same amount, and back. */
    private void assertBooksMatch() throws Exception {
        Set<String> confirmed = Set.of("DONE", "CANCELED", "PARTIAL_CANCELED");
        Map<String, SandboxPaymentView> charged = sandbox.payments().stream()
                .filter(p -> confirmed.contains(p.status()))
                .collect(Collectors.toMap(SandboxPaymentView::orderId, Function.identity()));
        List<PaymentFixtures.OrderRow> rows = PaymentFixtures.orders(db);
        Map<String, PaymentFixtures.OrderRow> paidLocally = rows.stream().filter(PaymentFixtures.OrderRow::paid)
                .collect(Collectors.toMap(PaymentFixtures.OrderRow::paymentOrderId, Function.identity()));
        assertThat(rows).noneMatch(r -> r.status().equals("PENDING_PAYMENT"));
        Set<String> chargedNotPaid = new java.util.TreeSet<>(charged.keySet());
        chargedNotPaid.removeAll(paidLocally.keySet());
        Set<String> paidNotCharged = new java.util.TreeSet<>(paidLocally.keySet());
        paidNotCharged.removeAll(charged.keySet());
        Map<String, String> localStatus = rows.stream().collect(Collectors.toMap(PaymentFixtures.OrderRow::paymentOrderId,
                PaymentFixtures.OrderRow::status));
        assertThat(chargedNotPaid).as("charged at the provider but not paid locally: %s",
                chargedNotPaid.stream().limit(5).map(id -> id + "=" + localStatus.get(id) + "/" + charged.get(id)).toList()).isEmpty();
        assertThat(paidNotCharged).as("paid locally but not charged: %s", paidNotCharged.stream().limit(5)
                .map(id -> id + "=" + localStatus.get(id) + "/" + sandbox.payment(id)).toList()).isEmpty();
        charged.forEach((orderId, p) -> assertThat(paidLocally.get(orderId).total()).isEqualTo(p.totalAmount()));
        assertThat(rows).filteredOn(r -> r.status().equals("PAYMENT_FAILED"))
                .allSatisfy(r -> assertThat(charged).doesNotContainKey(r.paymentOrderId()));
    }
}
