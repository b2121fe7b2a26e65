package com.brewline.barista.testing;

import com.brewline.screens.DisplayContext;
import com.brewline.screens.DisplaySettings;
import com.brewline.payment.RefundService;
import com.brewline.payment.client.BreakerSettings;
import com.brewline.payment.client.PaymentProviderClient;
import com.brewline.payment.client.ProviderSettings;
import com.brewline.payment.provider.ProviderRefundService;
import com.brewline.sandbox.SandboxKnobs;
import com.brewline.sandbox.SandboxProvider;
import com.brewline.store.sqlite.SqliteStore;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A cafe for one test: a real SQLite file with an open day, the real sandbox provider on loopback
 * (its simulated customer approves at once), and contexts for stations and boards on that file.
 */
public final class Cafe implements AutoCloseable {
    public static final String SECRET = "test_sk_barista_station";
    public final Path db;
    public final SqliteStore store;
    public final SandboxProvider sandbox;
    private final List<AutoCloseable> opened = new ArrayList<>();

    public Cafe(Path dir, Clock storeClock) {
        this.db = dir.resolve("brewline.db");
        this.store = SqliteStore.open(db, storeClock);
        store.days().open(LocalDate.now(storeClock), "test-owner");
        this.sandbox = new SandboxProvider(SECRET, SandboxKnobs.manual().approveAfter(Duration.ofMillis(1)));
        sandbox.start(0);
    }

    /** Opens the cafe off the calling thread: tests set up in @Start, which runs on the FX thread. */
    public static Cafe open(Path dir, Clock storeClock) {
        return offFx(() -> new Cafe(dir, storeClock));
    }

    /** Runs store work on a background thread and waits for it (the store must never run on the FX thread). */
    public static <T> T offFx(java.util.function.Supplier<T> work) {
        return java.util.concurrent.CompletableFuture.supplyAsync(work).join();
    }

    /**
     * A context on the cafe's store with provider refunds. One store per process: opening a second
     * SqliteStore on the same file in one JVM breaks the first one's change feed (see the report).
     * Each view model still works on its own thread, hence its own connection.
     */
    public DisplayContext stationContext(String stationId, DisplaySettings settings, Clock clock) {
        SqliteStore own = store;
        PaymentProviderClient client = new PaymentProviderClient(ProviderSettings.of(sandbox.baseUrl(), SECRET),
                BreakerSettings.defaults().create(stationId));
        RefundService refunds = new ProviderRefundService(own, client, Clock.systemUTC());
        DisplayContext ctx = new DisplayContext(own, refunds, Orders.MENU, settings.withStationId(stationId), clock,
                List.of(client));
        opened.add(ctx);
        return ctx;
    }

    public DisplayContext stationContext(String stationId) {
        return stationContext(stationId, DisplaySettings.defaults(stationId), Clock.systemUTC());
    }

    /** The pickup board: it reads only the read model. */
    public DisplayContext boardContext(DisplaySettings settings, Clock clock) {
        DisplayContext ctx = new DisplayContext(store, null, Orders.MENU, settings, clock, List.of());
        opened.add(ctx);
        return ctx;
    }

    public List<String> payOrdersInAnotherProcess(int count) throws Exception {
        return WriterProcess.payOrders(db, sandbox.baseUrl(), SECRET, count);
    }

    @Override
    public void close() {
        for (AutoCloseable c : opened) {
            try {
                c.close();
            } catch (Exception ignored) {
                // best effort in tests
            }
        }
        sandbox.close();
        store.close();
    }
}
