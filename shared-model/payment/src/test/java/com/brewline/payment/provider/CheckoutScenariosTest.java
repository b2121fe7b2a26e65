package com.brewline.payment.provider;

import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.payment.CheckoutResult;
import com.brewline.payment.CheckoutSession;
import com.brewline.payment.PaymentBusyException;
import com.brewline.payment.client.BreakerSettings;
import com.brewline.payment.client.PaymentProviderClient;
import com.brewline.payment.client.ProviderSettings;
import com.brewline.sandbox.SandboxKnobs;
import com.brewline.sandbox.SandboxProvider;
import com.brewline.store.BrewlineStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One checkout at a time against the sandbox: each way it can end, and the reconciler's cases. */
class CheckoutScenariosTest {
    @TempDir
    Path dir;
    private BrewlineStore store;
    private SandboxProvider sandbox;
    private PaymentProviderClient client;
    private ProviderCheckoutService checkout;

    @BeforeEach
    void start() {
        store = PaymentFixtures.openStoreWithDayOpen(dir.resolve("brewline.db"));
        sandbox = new SandboxProvider(PaymentFixtures.SECRET, SandboxKnobs.manual());
        sandbox.start(0);
        client = new PaymentProviderClient(ProviderSettings.of(sandbox.baseUrl(), PaymentFixtures.SECRET)
                .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofSeconds(1))
                .withRetries(2, Duration.ofMillis(5)),
                BreakerSettings.defaults().withOpenFor(Duration.ofMillis(500)).create("scenarios"));
        checkout = new ProviderCheckoutService(store, client, Clock.systemUTC(), Duration.ofMillis(10),
                Duration.ofSeconds(2), () -> { });
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.stop();
        store.close();
    }

    private OrderStatus status(CheckoutSession s) {
        return store.orders().find(s.pendingOrder().id()).orElseThrow().status();
    }

    @Test
    void approvedOnThePageIsPaidWithItsPickupNumber() throws Exception {
        CheckoutSession s = checkout.begin(PaymentFixtures.order("kiosk-1", 1));
        assertThat(s.checkoutUrl()).startsWith(sandbox.baseUrl() + "/checkout/");
        assertThat(store.payments().payment(s.pendingOrder().id()).orElseThrow().paymentKey()).isEqualTo(s.paymentKey());
        CompletableFuture<CheckoutResult> result = CompletableFuture.supplyAsync(() -> checkout.await(s));
        Thread.sleep(100);
        assertThat(result).isNotDone();
        assertThat(sandbox.approve(s.paymentKey())).isTrue();
        CheckoutResult r = result.get(5, TimeUnit.SECONDS);
        assertThat(r).isInstanceOf(CheckoutResult.Paid.class);
        Order paid = ((CheckoutResult.Paid) r).order();
        assertThat(paid.pickupNumber()).isPositive();
        assertThat(sandbox.payment(paid.paymentOrderId()).orElseThrow().totalAmount()).isEqualTo(paid.total());
        assertThat(store.payments().payment(paid.id()).orElseThrow().status()).isEqualTo("DONE");
    }

    @Test
    void declinedOnThePageFailsWithTheProvidersCode() {
        CheckoutSession s = checkout.begin(PaymentFixtures.order("kiosk-1", 2));
        sandbox.decline(s.paymentKey());
        CheckoutResult r = checkout.await(s);
        assertThat(r).isInstanceOfSatisfying(CheckoutResult.Declined.class,
                d -> assertThat(d.code()).isEqualTo("PAY_PROCESS_CANCELED"));
        assertThat(status(s)).isEqualTo(OrderStatus.PAYMENT_FAILED);
    }

    @Test
    void cardRefusedAtConfirmFailsWithRejectCardCompany() {
        sandbox.knobs().approveAfter(Duration.ZERO).declineRate(1.0);
        for (int i = 0; i < 8; i++) {
            CheckoutSession s = checkout.begin(PaymentFixtures.order("kiosk-1", i));
            CheckoutResult r = checkout.await(s);
            assertThat(r).isInstanceOf(CheckoutResult.Declined.class);
            assertThat(((CheckoutResult.Declined) r).code()).isIn("REJECT_CARD_COMPANY", "PAY_PROCESS_CANCELED");
            assertThat(status(s)).isEqualTo(OrderStatus.PAYMENT_FAILED);
        }
    }

    @Test
    void theCustomerCancelsAtTheKiosk() throws Exception {
        CheckoutSession s = checkout.begin(PaymentFixtures.order("kiosk-1", 3));
        CompletableFuture<CheckoutResult> result = CompletableFuture.supplyAsync(() -> checkout.await(s));
        Thread.sleep(50);
        checkout.cancel(s);
        assertThat(result.get(5, TimeUnit.SECONDS)).isInstanceOf(CheckoutResult.Cancelled.class);
        assertThat(status(s)).isEqualTo(OrderStatus.PAYMENT_FAILED);
        assertThat(sandbox.payment(s.pendingOrder().paymentOrderId()).orElseThrow().status()).isEqualTo("ABORTED");
    }

    @Test
    void anExpiredSessionFails() {
        sandbox.knobs().sessionExpiry(Duration.ofMillis(300));
        CheckoutSession s = checkout.begin(PaymentFixtures.order("kiosk-1", 4));
        assertThat(checkout.await(s)).isInstanceOf(CheckoutResult.Expired.class);
        assertThat(status(s)).isEqualTo(OrderStatus.PAYMENT_FAILED);
    }

    @Test
    void whileTheCircuitIsOpenBeginSendsNothingAndSaysBusy() throws Exception {
        sandbox.knobs().outage(true);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> checkout.begin(PaymentFixtures.order("kiosk-1", 5))).isInstanceOf(PaymentBusyException.class);
        }
        assertThat(checkout.isBusy()).isTrue();
        long sent = sandbox.apiRequestCount();
        assertThatThrownBy(() -> checkout.begin(PaymentFixtures.order("kiosk-1", 6))).isInstanceOf(PaymentBusyException.class);
        assertThat(sandbox.apiRequestCount()).isEqualTo(sent);
        // an order whose ready failed with no way to ask the provider stays pending: the reconciler settles it
        // (and aborts any session the lost ready opened) once the provider answers; none is paid
        assertThat(store.orders().pendingCreatedBefore(Clock.systemUTC().instant().plusSeconds(1)))
                .allSatisfy(o -> assertThat(o.paidAt()).isNull());

        sandbox.knobs().outage(false);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (checkout.isBusy() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Reconciler.Summary settled = new Reconciler(store, client, Clock.systemUTC(), Duration.ZERO).reconcileOnce();
        assertThat(settled.unsettled()).as(settled.toString()).isZero();
        assertThat(store.orders().pendingCreatedBefore(Clock.systemUTC().instant().plusSeconds(1))).isEmpty();
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (checkout.isBusy() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(checkout.isBusy()).isFalse();
        sandbox.knobs().approveAfter(Duration.ZERO);
        CheckoutSession s = checkout.begin(PaymentFixtures.order("kiosk-1", 7));
        assertThat(checkout.await(s)).isInstanceOf(CheckoutResult.Paid.class);
    }

    @Test
    void theReconcilerFinishesWhatNoKioskFollows() {
        // a second ahead: an order created in the very millisecond the reconciler looks is still "before" it
        Reconciler reconciler = new Reconciler(store, client, Clock.offset(Clock.systemUTC(), Duration.ofSeconds(1)),
                Duration.ZERO);
        // approved but never confirmed (the kiosk went away): confirmed with the stored key and paid
        CheckoutSession approved = checkout.begin(PaymentFixtures.order("kiosk-1", 8));
        sandbox.approve(approved.paymentKey());
        // declined by the customer: failed
        CheckoutSession declined = checkout.begin(PaymentFixtures.order("kiosk-1", 9));
        sandbox.decline(declined.paymentKey());
        // ready never reached the provider: failed
        Order neverSent = store.orders().createPending(PaymentFixtures.order("kiosk-1", 10));
        // still open and not expired: left alone for its kiosk
        CheckoutSession open = checkout.begin(PaymentFixtures.order("kiosk-1", 11));

        Reconciler.Summary summary = reconciler.reconcileOnce();

        assertThat(summary).isEqualTo(new Reconciler.Summary(4, 1, 2, 1));
        assertThat(status(approved)).isEqualTo(OrderStatus.PAID);
        assertThat(sandbox.payment(approved.pendingOrder().paymentOrderId()).orElseThrow().status()).isEqualTo("DONE");
        assertThat(status(declined)).isEqualTo(OrderStatus.PAYMENT_FAILED);
        assertThat(store.orders().find(neverSent.id()).orElseThrow().status()).isEqualTo(OrderStatus.PAYMENT_FAILED);
        assertThat(status(open)).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(reconciler.reconcileOnce()).isEqualTo(new Reconciler.Summary(1, 0, 0, 1));

        // a threshold keeps young orders away from the reconciler
        assertThat(new Reconciler(store, client, Clock.systemUTC(), Duration.ofMinutes(2)).reconcileOnce().looked()).isZero();
    }
}
