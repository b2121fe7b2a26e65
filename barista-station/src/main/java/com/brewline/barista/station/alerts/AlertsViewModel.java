package com.brewline.barista.station.alerts;

import com.brewline.display.Chime;
import com.brewline.display.CoalescedReload;
import com.brewline.display.I18n;
import com.brewline.kitchen.AlertKinds;
import com.brewline.store.BrewlineStore;
import com.brewline.store.StaffAlert;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Problems staff must see that no order shows (issues 11 and 14), as the kiosks raise them in the store: a customer
 * calling for staff (loud: the chime repeats until someone acknowledges), a slip printer out of paper or unplugged, a
 * kiosk that sees no live station. Read on a database thread of its own, fed by the change feed and re-read every
 * {@link #REREAD_EVERY} (a missed notification costs seconds, never a call). A failed reading is logged and shown:
 * the alerts are then unknown ({@link #readFailedProperty}), what was shown stays, and the next reading tries again.
 */
public final class AlertsViewModel implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AlertsViewModel.class);
    public static final String STAFF_CALL = AlertKinds.STAFF_CALL;
    public static final String PRINTER = AlertKinds.PRINTER;
    public static final String STATION_SILENT = AlertKinds.STATION_SILENT;
    /** The chime rings again this often while a call waits. */
    public static final Duration CHIME_EVERY = Duration.ofSeconds(4);
    static final Duration REREAD_EVERY = Duration.ofSeconds(5);

    private final BrewlineStore store;
    private final String by;
    private final Clock clock;
    private final Executor fx;
    private final Chime chime;
    private final I18n messages;
    private final CoalescedReload reloads;
    private final ObservableList<StaffAlert> calls = FXCollections.observableArrayList();
    private final ObservableList<StaffAlert> problems = FXCollections.observableArrayList();
    private final BooleanProperty readFailed = new SimpleBooleanProperty();
    private final ObjectProperty<Instant> now;
    private final IntegerProperty readings = new SimpleIntegerProperty();
    /** FX thread only. */
    private Instant lastChime;
    private Instant lastRead;

    /** @param by who acknowledges, in the alert's record: this station */
    public AlertsViewModel(BrewlineStore store, String by, Clock clock, Executor fx, Chime chime, I18n messages) {
        this.store = store;
        this.by = by;
        this.clock = clock;
        this.fx = fx;
        this.chime = chime;
        this.messages = messages;
        this.now = new SimpleObjectProperty<>(clock.instant());
        this.reloads = new CoalescedReload("station-alerts-" + by, this::read);
    }

    public void start() {
        reloads.start(store.changes()::subscribe);
    }

    /** Safe from any thread. */
    public void requestRead() {
        reloads.request();
    }

    private void read() {
        List<StaffAlert> open;
        try {
            open = store.alerts().open();
        } catch (RuntimeException e) { // keep what is shown: a call never vanishes because one read failed
            log.warn("station {}: reading the staff alerts failed; shown as unknown until a reading works", by, e);
            fx.execute(() -> {
                readFailed.set(true);
                readings.set(readings.get() + 1);
            });
            return;
        }
        // oldest call first: the customer who has waited longest is answered first
        List<StaffAlert> newCalls = open.stream().filter(a -> STAFF_CALL.equals(a.kind()))
                .sorted(java.util.Comparator.comparing(StaffAlert::raisedAt).thenComparing(StaffAlert::id)).toList();
        List<StaffAlert> newProblems = open.stream().filter(a -> !STAFF_CALL.equals(a.kind())).toList();
        fx.execute(() -> apply(newCalls, newProblems));
    }

    private void apply(List<StaffAlert> newCalls, List<StaffAlert> newProblems) {
        Set<Long> before = new HashSet<>();
        calls.forEach(a -> before.add(a.id()));
        boolean fresh = newCalls.stream().anyMatch(a -> !before.contains(a.id()));
        if (!newCalls.equals(calls)) {
            calls.setAll(newCalls);
        }
        if (!newProblems.equals(problems)) {
            problems.setAll(newProblems);
        }
        lastRead = clock.instant();
        readFailed.set(false);
        if (fresh) {
            ring(lastRead);
        }
        readings.set(readings.get() + 1);
    }

    /** Once a second (the view's timer): the "how long ago" texts, the chime again while a call waits, a re-read. */
    public void tick() {
        Instant t = clock.instant();
        now.set(t);
        if (!calls.isEmpty() && (lastChime == null || !t.isBefore(lastChime.plus(CHIME_EVERY)))) {
            ring(t);
        }
        if (lastRead == null || !t.isBefore(lastRead.plus(REREAD_EVERY))) {
            lastRead = t;
            requestRead();
        }
    }

    private void ring(Instant at) {
        lastChime = at;
        chime.play();
    }

    /** Staff answered: the alert is resolved in the store with this station as who did. */
    public CompletableFuture<Boolean> acknowledge(StaffAlert alert) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                store.alerts().resolve(alert.id(), by);
                return true;
            } catch (RuntimeException e) {
                log.warn("station {}: acknowledging alert {} failed", by, alert.id(), e);
                return false;
            } finally {
                requestRead();
            }
        }, reloads.executor());
    }

    /** The call that has waited longest (Enter on the bump bar). */
    public CompletableFuture<Boolean> acknowledgeOldestCall() {
        Optional<StaffAlert> first = calls.stream().findFirst();
        return first.map(this::acknowledge).orElse(CompletableFuture.completedFuture(false));
    }

    // ---- texts ----

    /** "kiosk-2에서 손님이 직원을 부릅니다" */
    public String callText(StaffAlert a) {
        return messages.text("alert.call.text", a.source());
    }

    /** "2분 전 · 3번 눌렀어요" */
    public String agoText(StaffAlert a, Instant at) {
        Duration d = Duration.between(a.raisedAt(), at);
        long s = d.isNegative() ? 0 : d.getSeconds(); // a kiosk's clock ahead of ours: just now, never minus
        String ago = s < 10 ? messages.text("alert.ago.now") : s < 60 ? messages.text("alert.ago.seconds", s)
                : messages.text("alert.ago.minutes", s / 60);
        return a.count() > 1 ? ago + " · " + messages.text("alert.count", a.count()) : ago;
    }

    /** What the problem is and what to do, in the screen's words (the kiosk's own note is {@link StaffAlert#message()}). */
    public String problemText(StaffAlert a) {
        return switch (a.kind()) {
            case PRINTER -> messages.text("alert.printer", a.source());
            case STATION_SILENT -> messages.text("alert.silent", a.source());
            case AlertKinds.MENU_FILE -> messages.text("alert.menuFile", a.source());
            default -> messages.text("alert.other", a.source(), a.message());
        };
    }

    public ObservableList<StaffAlert> calls() {
        return calls;
    }

    public ObservableList<StaffAlert> problems() {
        return problems;
    }

    /** The last reading failed: staff calls and problems are unknown (what was shown before stays shown). */
    public BooleanProperty readFailedProperty() {
        return readFailed;
    }

    public ObjectProperty<Instant> nowProperty() {
        return now;
    }

    public IntegerProperty readingsProperty() {
        return readings;
    }

    public I18n messages() {
        return messages;
    }

    public boolean callShowing() {
        return !calls.isEmpty();
    }

    @Override
    public void close() {
        reloads.close();
    }
}
