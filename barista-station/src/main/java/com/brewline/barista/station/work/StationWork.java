package com.brewline.barista.station.work;

import com.brewline.display.I18n;
import com.brewline.model.IllegalTransitionException;
import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.payment.RefundService;
import com.brewline.store.BrewlineStore;
import com.brewline.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * What every feature of the station acts through: the store on the station's own database thread
 * (never the FX thread), results handed to the FX thread, a refusal turned into a banner, and a
 * reload after every action.
 */
public final class StationWork {
    private static final Logger log = LoggerFactory.getLogger(StationWork.class);

    private final BrewlineStore store;
    private final RefundService refunds;
    private final String stationId;
    private final Clock clock;
    private final Executor fx;
    private final Executor db;
    private final Runnable requestReload;
    private final I18n messages;
    private final Banner banner;
    private final Workplace workplace;

    public StationWork(BrewlineStore store, RefundService refunds, String stationId, Workplace workplace, Clock clock,
                       Executor fx, Executor db, Runnable requestReload, I18n messages) {
        this.store = store;
        this.workplace = workplace;
        this.refunds = refunds;
        this.stationId = stationId;
        this.clock = clock;
        this.fx = fx;
        this.db = db;
        this.requestReload = requestReload;
        this.messages = messages;
        this.banner = new Banner(fx, requestReload);
    }

    /** Runs {@code work} on the database thread; a refused action becomes a banner and completes false. */
    public CompletableFuture<Boolean> act(Supplier<Boolean> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.get();
            } catch (IllegalTransitionException | StoreException | IllegalStateException | IllegalArgumentException e) {
                log.info("station {}: action refused: {}", stationId, e.getMessage());
                String text = messages.text("notice.refused", e.getMessage());
                fx.execute(() -> banner.show(text));
                return false;
            } finally {
                requestReload.run();
            }
        }, db);
    }

    /** On the database thread: the order's status now, from the store. */
    public OrderStatus currentStatus(Order o) {
        return store.orders().find(o.id()).map(Order::status).orElse(o.status());
    }

    /** On the database thread: another station got there first; the banner goes when that order moves on. */
    public void lostRace(Order o) {
        banner.showAbout(messages.text("notice.lostRace", o.pickupNumber()), o.id(), currentStatus(o));
    }

    /** Runs on the FX thread. */
    public void onFx(Runnable r) {
        fx.execute(r);
    }

    /** Whole orders or this station's parts of them (issue 12). */
    public Workplace workplace() {
        return workplace;
    }

    public BrewlineStore store() {
        return store;
    }

    public RefundService refunds() {
        return refunds;
    }

    public String stationId() {
        return stationId;
    }

    public Clock clock() {
        return clock;
    }

    public I18n messages() {
        return messages;
    }

    public Banner banner() {
        return banner;
    }
}
