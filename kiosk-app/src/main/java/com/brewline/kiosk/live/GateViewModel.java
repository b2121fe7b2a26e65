package com.brewline.kiosk.live;

import com.brewline.kiosk.common.Background;
import com.brewline.kitchen.AlertKinds;
import com.brewline.kitchen.KioskAdvice;
import com.brewline.store.BrewlineStore;
import com.brewline.watch.KioskGate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.LongBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The gate's advice as the kiosk's screens show it. Asks {@link KioskGate#check()} on a thread of its own
 * (never the FX thread) every heartbeat interval and whenever the store's change feed announces a commit
 * (one check at a time; a commit during a check asks for one more). Until the first answer, and after a
 * failed check, the advice is unknown ({@code null}): the screens then claim nothing, neither a wait nor
 * that all is well. When every station went silent it raises a {@code STATION_SILENT} staff alert and
 * resolves it when a station beats again; the rules themselves are the domain's ({@link KioskAdvice}).
 */
public final class GateViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GateViewModel.class);

    private final KioskGate gate;
    private final BrewlineStore store;
    private final Background background;
    private final String kioskId;
    private final ScheduledExecutorService checker;
    private final AtomicBoolean queued = new AtomicBoolean();
    /** Checks done so far (for tests that wait for a few more). */
    private final java.util.concurrent.atomic.AtomicInteger checks = new java.util.concurrent.atomic.AtomicInteger();
    private final AutoCloseable subscription;
    private final ObjectProperty<KioskAdvice> advice = new SimpleObjectProperty<>();
    private final BooleanBinding known = advice.isNotNull();
    private final BooleanBinding takingOrders = Bindings.createBooleanBinding(
            () -> advice.get() == null || advice.get().takingOrders(), advice);
    private final BooleanBinding showWait = Bindings.createBooleanBinding(
            () -> advice.get() != null && advice.get().showWait(), advice);
    private final BooleanBinding warnStaff = Bindings.createBooleanBinding(
            () -> advice.get() != null && advice.get().warnStaffNoStation(), advice);
    private final LongBinding waitMinutes = Bindings.createLongBinding(
            () -> advice.get() == null ? 0 : minutes(advice.get().estimatedWait()), advice);
    /** Whether the STATION_SILENT alert is raised by this kiosk (the checker thread's own). */
    private Boolean alertRaised;

    public GateViewModel(KioskGate gate, BrewlineStore store, Background background, String kioskId, Duration every) {
        this.gate = gate;
        this.store = store;
        this.background = background;
        this.kioskId = kioskId;
        this.checker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kiosk-gate");
            t.setDaemon(true);
            return t;
        });
        long ms = Math.max(100, every.toMillis());
        checker.scheduleWithFixedDelay(this::checkNow, 0, ms, TimeUnit.MILLISECONDS);
        this.subscription = store.changes().subscribe(this::refresh);
    }

    /** Asks the gate again soon (any thread); asks made while one is queued are one ask. */
    public void refresh() {
        if (queued.compareAndSet(false, true) && !checker.isShutdown()) {
            try {
                checker.execute(this::checkNow);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                queued.set(false);
            }
        }
    }

    private void checkNow() {
        queued.set(false);
        KioskAdvice now;
        try {
            now = gate.check();
        } catch (RuntimeException e) {
            LOG.warn("could not ask the kiosk gate: {}", e.toString());
            background.runOnUi(() -> advice.set(null)); // unknown is not fine: claim nothing
            return;
        }
        tellStaff(now);
        background.runOnUi(() -> advice.set(now));
        checks.incrementAndGet();
    }

    int checks() {
        return checks.get();
    }

    /** On the checker thread: the alert follows the advice's "warn staff", raised once, resolved once. */
    private void tellStaff(KioskAdvice now) {
        boolean warn = now.warnStaffNoStation();
        if (alertRaised != null && alertRaised == warn) {
            return;
        }
        try {
            if (warn) {
                store.alerts().raise(kioskId, AlertKinds.STATION_SILENT, "kiosk " + kioskId
                        + " sees no live station (silent: " + String.join(", ", now.silentStations()) + ")"
                        + (now.takingOrders() ? "" : "; it takes no orders until one is back"));
                LOG.warn("no live station (silent: {}): staff warned", now.silentStations());
            } else {
                store.alerts().resolve(kioskId, AlertKinds.STATION_SILENT, kioskId);
                if (alertRaised != null) {
                    LOG.info("a station is alive again: the staff alert is resolved");
                }
            }
            alertRaised = warn;
        } catch (RuntimeException e) {
            LOG.warn("could not record the station alert (tried again at the next check): {}", e.toString());
        }
    }

    static long minutes(Duration wait) {
        return Math.max(1, (Math.max(0, wait.toSeconds()) + 59) / 60);
    }

    /** The latest advice; null while unknown. */
    public ReadOnlyObjectProperty<KioskAdvice> adviceProperty() {
        return advice;
    }

    /** The advice was read (and the last check did not fail). */
    public BooleanBinding knownProperty() {
        return known;
    }

    /** New orders may start: true while unknown (the gate never said stop), false when the domain said so. */
    public BooleanBinding takingOrdersProperty() {
        return takingOrders;
    }

    /** Past the owner's warning limit: say the wait up front. */
    public BooleanBinding showWaitProperty() {
        return showWait;
    }

    /** Every station silent past the limit: staff must look. */
    public BooleanBinding warnStaffProperty() {
        return warnStaff;
    }

    /** The queue's wait in whole minutes, rounded up (0 while unknown). */
    public LongBinding waitMinutesProperty() {
        return waitMinutes;
    }

    @Override
    public void close() throws Exception {
        checker.shutdownNow();
        subscription.close();
    }
}
