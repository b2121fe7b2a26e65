package com.brewline.kiosk.live;

import com.brewline.kiosk.common.Background;
import com.brewline.kitchen.AlertKinds;
import com.brewline.kitchen.KioskAdvice;
import com.brewline.kitchen.Pacing;
import com.brewline.kitchen.ProcessKind;
import com.brewline.kitchen.StationRouting;
import com.brewline.store.BrewlineStore;
import com.brewline.store.StaffAlert;
import com.brewline.store.Stores;
import com.brewline.watch.HeartbeatWriter;
import com.brewline.watch.KioskGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.*;

/** The gate's advice on the kiosk: unknown until read and after a failed read; the station alert raised once, resolved once. */
class GateViewModelTest {
    @TempDir
    Path dir;

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private static List<StaffAlert> silentAlerts(BrewlineStore store) {
        return store.alerts().open().stream().filter(a -> a.kind().equals(AlertKinds.STATION_SILENT)).toList();
    }

    @Test
    void theStationAlertFollowsTheAdviceOnceEachWayAndAFailedReadIsUnknown() throws Exception {
        Executor direct = Runnable::run; // the test has no FX thread: results are applied where they arrive
        Background background = new Background(direct, direct);
        BrewlineStore store = Stores.open(dir.resolve("shop.db").toString(), Clock.systemUTC());
        StationRouting routing = StationRouting.of(List.of());
        KioskGate gate = new KioskGate(store, routing, new Pacing(5, 10), Duration.ofSeconds(3), true, Clock.systemUTC());
        GateViewModel vm = new GateViewModel(gate, store, background, "kiosk-7", Duration.ofMillis(100));
        try {
            waitFor("the first answer", () -> vm.adviceProperty().get() != null);
            assertEquals(KioskAdvice.Reason.NO_STATION, vm.adviceProperty().get().reason(),
                    "a station never seen is not taken for alive");
            assertFalse(vm.takingOrdersProperty().get());
            assertFalse(vm.warnStaffProperty().get(), "not yet known in the kiosk's first 3 s: staff not alarmed");
            assertTrue(silentAlerts(store).isEmpty());
            waitFor("the station silent after the kiosk's first 3 s", () -> vm.warnStaffProperty().get());
            int seen = vm.checks();
            waitFor("three more checks", () -> vm.checks() >= seen + 3);
            assertEquals(1, silentAlerts(store).size());
            assertEquals(1, silentAlerts(store).get(0).count(), "raised when the advice changed, not at every check");
            assertEquals("kiosk-7", silentAlerts(store).get(0).source());

            try (HeartbeatWriter station = HeartbeatWriter.start(store, ProcessKind.STATION, "bar-1",
                    routing.stations().get(0).id(), Duration.ofMillis(200), Clock.systemUTC(),
                    () -> new HeartbeatWriter.Observation() { })) {
                waitFor("orders taken again", () -> vm.takingOrdersProperty().get() && !vm.warnStaffProperty().get());
                assertTrue(silentAlerts(store).isEmpty(), "resolved when a station beats");
                assertFalse(vm.showWaitProperty().get(), "an empty queue");
            }
        } finally {
            store.close();
        }
        // the store is gone: the next check fails and the kiosk claims nothing
        vm.refresh();
        waitFor("unknown after a failed read", () -> vm.adviceProperty().get() == null);
        assertTrue(vm.takingOrdersProperty().get(), "unknown never stops orders on a guess");
        assertFalse(vm.showWaitProperty().get());
        assertFalse(vm.warnStaffProperty().get());
        vm.close();
    }
}
