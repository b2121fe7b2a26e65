package com.brewline.payment.provider;

import com.brewline.payment.client.BreakerSettings;
import com.brewline.payment.client.PaymentProviderClient;
import com.brewline.payment.client.ProviderSettings;
import com.brewline.sandbox.SandboxKnobs;
import com.brewline.sandbox.SandboxPaymentView;
import com.brewline.sandbox.SandboxProvider;
import com.brewline.store.BrewlineStore;
import com.brewline.store.sqlite.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty checkouts die between the provider's DONE and the local commit: four kiosk JVMs, each paying five orders
 * at once, halt (Runtime.halt, as kill -9) with all five stopped there. After a restart the reconciler commits each
 * charged payment as exactly one paid order; a second pass changes nothing. The sandbox runs in this JVM on
 * loopback; the children get its URL.
 */
class CrashBetweenConfirmAndCommitIT {
    private static final int KILLS = 20;
    /** Kiosk JVMs, all at once; each halts with KILLS / CHILDREN checkouts between DONE and commit. */
    private static final int CHILDREN = 4;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void everyChargedPaymentEndsAsExactlyOnePaidOrderAfterRestart() throws Exception {
        Path db = dir.resolve("brewline.db");
        try (BrewlineStore store = PaymentFixtures.openStoreWithDayOpen(db)) {
            assertThat(store.days().current()).isPresent();
        }
        try (SandboxProvider sandbox = new SandboxProvider(PaymentFixtures.SECRET,
                SandboxKnobs.manual().approveAfter(Duration.ofMillis(20)))) {
            sandbox.start(0);
            int each = KILLS / CHILDREN;
            List<Process> children = new ArrayList<>();
            try {
                for (int j = 0; j < CHILDREN; j++) {
                    children.add(startChild(db, sandbox.baseUrl(), j * each, each));
                }
                for (Process child : children) {
                    assertThat(child.waitFor(90, TimeUnit.SECONDS)).as("child finished in time").isTrue();
                    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(child.exitValue()).as("child halted with every checkout right after DONE; output:%n%s",
                            out).isEqualTo(137);
                }
            } finally {
                children.forEach(Process::destroyForcibly);
            }

            Map<String, SandboxPaymentView> charged = sandbox.payments().stream()
                    .filter(p -> p.status().equals("DONE"))
                    .collect(Collectors.toMap(SandboxPaymentView::orderId, Function.identity()));
            assertThat(charged).hasSize(KILLS);
            // each died before its commit: the orders are still pending
            assertThat(PaymentFixtures.orders(db)).hasSize(KILLS)
                    .allSatisfy(r -> assertThat(r.status()).isEqualTo("PENDING_PAYMENT"));

            // restart: a fresh store and client, reconciliation at start-up
            try (BrewlineStore store = SqliteStore.open(db, Clock.systemUTC());
                 PaymentProviderClient client = new PaymentProviderClient(
                         ProviderSettings.of(sandbox.baseUrl(), PaymentFixtures.SECRET), BreakerSettings.defaults().create("restart"))) {
                Reconciler reconciler = new Reconciler(store, client, Clock.systemUTC(), Duration.ZERO);
                Reconciler.Summary first = reconciler.reconcileOnce();
                assertThat(first.paid()).isEqualTo(KILLS);
                Reconciler.Summary second = reconciler.reconcileOnce();
                assertThat(second.looked()).isZero();
            }

            List<PaymentFixtures.OrderRow> rows = PaymentFixtures.orders(db);
            assertThat(rows).hasSize(KILLS).allSatisfy(r -> {
                assertThat(r.status()).isEqualTo("PAID");
                assertThat(charged).containsKey(r.paymentOrderId());
                assertThat(r.total()).isEqualTo(charged.get(r.paymentOrderId()).totalAmount());
            });
            assertThat(rows.stream().map(PaymentFixtures.OrderRow::paymentOrderId).distinct()).hasSize(KILLS);
            assertThat(sandbox.payments()).allSatisfy(p -> assertThat(p.status()).isEqualTo("DONE"));
        }
    }

    private Process startChild(Path db, String url, int first, int count) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), PayingChild.class.getName(), db.toString(), url,
                PaymentFixtures.SECRET, Integer.toString(first), Integer.toString(count))
                .redirectErrorStream(true)
                .directory(new File(dir.toString()))
                .start();
    }
}
