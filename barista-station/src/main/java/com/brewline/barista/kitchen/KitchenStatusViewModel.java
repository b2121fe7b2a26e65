package com.brewline.barista.kitchen;

import com.brewline.display.I18n;
import com.brewline.kitchen.Heartbeat;
import com.brewline.kitchen.ProcessKind;
import com.brewline.kitchen.StationRouting;
import com.brewline.kitchen.StationWatch;
import com.brewline.store.BrewlineStore;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Which kiosks are alive and whether the payment provider answers, as the heartbeats say (issue 12). Read
 * every few seconds on a thread of its own (silence is the absence of commits, so the change feed cannot
 * tell it), judged by the domain ({@link StationWatch}), shown on the FX thread. A station not seen since this
 * strip started gets the kiosk's start grace: not yet seen, never "not answering", until the strip has watched for
 * {@code silentAfter} (a station screen started before its own first beat must not call its own station silent);
 * the same grace holds when no kiosk has beaten yet ("no kiosk seen yet", not "no kiosk connected").
 */
public final class KitchenStatusViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KitchenStatusViewModel.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** One kiosk as shown: its name, alive or silent and for how long, and its provider's last answer. */
    public record KioskRow(String name, boolean alive, String text) {
    }

    private final BrewlineStore store;
    private final StationRouting routing;
    private final Duration silentAfter;
    private final Clock clock;
    private final Executor fx;
    private final I18n messages;
    private final ScheduledExecutorService reader;
    /** The strip's own uptime by a clock that does not jump: stations never seen get their grace from here. */
    private final LongSupplier nanoTime;
    private final long startedNanos;

    private final ObservableList<KioskRow> kiosks = FXCollections.observableArrayList();
    private final StringProperty provider = new SimpleStringProperty("");
    private final BooleanProperty providerDown = new SimpleBooleanProperty();
    private final BooleanProperty providerUnknown = new SimpleBooleanProperty(true);
    private final StringProperty stations = new SimpleStringProperty("");
    private final BooleanProperty stationSilent = new SimpleBooleanProperty();
    private final BooleanProperty stationUnknown = new SimpleBooleanProperty();
    /** No kiosk has beaten and the strip is still in its start grace (before the first reading too): grey, not red. */
    private final BooleanProperty kioskNotSeenYet = new SimpleBooleanProperty(true);
    private final IntegerProperty readings = new SimpleIntegerProperty();

    public KitchenStatusViewModel(BrewlineStore store, StationRouting routing, Duration silentAfter, Clock clock,
                                  Executor fx, I18n messages) {
        this(store, routing, silentAfter, clock, fx, messages, System::nanoTime);
    }

    /**
     * @param nanoTime a clock that does not jump (System::nanoTime; tests step their own): the strip's start is the
     *                 screen's start, and a station never seen is not yet known until the strip is {@code silentAfter} old
     */
    public KitchenStatusViewModel(BrewlineStore store, StationRouting routing, Duration silentAfter, Clock clock,
                                  Executor fx, I18n messages, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.startedNanos = nanoTime.getAsLong();
        this.store = store;
        this.routing = routing;
        this.silentAfter = silentAfter;
        this.clock = clock;
        this.fx = fx;
        this.messages = messages;
        this.reader = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kitchen-status-db");
            t.setDaemon(true);
            return t;
        });
    }

    /** Reads now and then every {@code every}. */
    public void start(Duration every) {
        reader.scheduleWithFixedDelay(this::read, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One reading now (tests; the schedule calls it too). */
    public void readNow() {
        reader.execute(this::read);
    }

    private void read() {
        try {
            List<Heartbeat> beats = store.heartbeats().all();
            Instant now = clock.instant();
            Duration watchedFor = Duration.ofNanos(Math.max(0, nanoTime.getAsLong() - startedNanos));
            StationWatch watch = StationWatch.of(beats, routing, now, silentAfter, watchedFor);
            List<KioskRow> rows = new ArrayList<>();
            beats.stream().filter(b -> b.kind() == ProcessKind.KIOSK).sorted(Comparator.comparing(Heartbeat::name))
                    .forEach(b -> rows.add(kioskRow(b, now)));
            // the provider's answer comes from the payment jobs' beats: the freshest one that is still alive
            Heartbeat payments = watch.alive(ProcessKind.PAYMENT_JOBS).stream()
                    .filter(b -> b.providerCheckedAt() != null)
                    .max(Comparator.comparing(Heartbeat::providerCheckedAt)).orElse(null);
            String providerText;
            boolean down;
            boolean providerNotAsked = payments == null; // no live payment jobs have asked it yet: not known, not "down"
            if (providerNotAsked) {
                providerText = messages.text("provider.unknown");
                down = false;
            } else {
                down = !Boolean.TRUE.equals(payments.providerAnswers());
                providerText = messages.text(down ? "provider.down" : "provider.up", time(payments.providerCheckedAt()));
            }
            List<String> silent = names(watch.silentStations());
            List<String> unknown = names(watch.unknownStations());
            String stationText = routing.isSingle() ? "" : stationsText(silent, unknown);
            boolean anySilent = !routing.isSingle() && !silent.isEmpty();
            boolean anyUnknown = !routing.isSingle() && !unknown.isEmpty();
            // a kiosk gets the stations' start grace: none seen yet is not known to be missing until the grace is over
            boolean noKioskYet = rows.isEmpty() && StationWatch.inStartGrace(watchedFor, silentAfter);
            fx.execute(() -> {
                if (!kiosks.equals(rows)) {
                    kiosks.setAll(rows);
                }
                provider.set(providerText);
                providerDown.set(down);
                providerUnknown.set(providerNotAsked);
                stations.set(stationText);
                stationSilent.set(anySilent);
                stationUnknown.set(anyUnknown);
                kioskNotSeenYet.set(noKioskYet);
                readings.set(readings.get() + 1);
            });
        } catch (RuntimeException e) {
            LOG.warn("kitchen status: reading the heartbeats failed", e);
            fx.execute(() -> {
                provider.set(messages.text("status.unreadable"));
                providerDown.set(true);
                providerUnknown.set(false);
                // what was known before is no longer known: no kiosk stays "connected" on an old reading
                List<KioskRow> unknown = kiosks.stream()
                        .map(r -> new KioskRow(r.name(), false, messages.text("kiosk.unknown", r.name()))).toList();
                kiosks.setAll(unknown);
                stations.set("");
                stationSilent.set(false);
                stationUnknown.set(false);
            });
        }
    }

    private List<String> names(List<String> stationIds) {
        return stationIds.stream().map(id -> routing.station(id).map(s -> s.name()).orElse(id)).toList();
    }

    /** Silent stations first (staff must act), then those not seen yet (they may still be starting). */
    private String stationsText(List<String> silent, List<String> unknown) {
        if (silent.isEmpty() && unknown.isEmpty()) {
            return messages.text("stations.allAlive");
        }
        List<String> parts = new ArrayList<>();
        if (!silent.isEmpty()) {
            parts.add(messages.text("stations.silent", String.join(", ", silent)));
        }
        if (!unknown.isEmpty()) {
            parts.add(messages.text("stations.unknown", String.join(", ", unknown)));
        }
        return String.join(" · ", parts);
    }

    private KioskRow kioskRow(Heartbeat beat, Instant now) {
        boolean alive = !beat.isSilent(now, silentAfter);
        String text = alive ? messages.text("kiosk.alive", beat.name())
                : messages.text("kiosk.silent", beat.name(), beat.age(now).toMinutes());
        return new KioskRow(beat.name(), alive, text);
    }

    private String time(Instant at) {
        return TIME.format(at.atZone(clock.getZone() == null ? ZoneId.systemDefault() : clock.getZone()));
    }

    public ObservableList<KioskRow> kiosks() {
        return kiosks;
    }

    public StringProperty providerProperty() {
        return provider;
    }

    public BooleanProperty providerDownProperty() {
        return providerDown;
    }

    /** No live payment jobs have told whether the provider answers (grey, not red: nothing is known to be wrong). */
    public BooleanProperty providerUnknownProperty() {
        return providerUnknown;
    }

    public StringProperty stationsProperty() {
        return stations;
    }

    public BooleanProperty stationSilentProperty() {
        return stationSilent;
    }

    /** Some station not seen since the strip started, still within its grace (neither alive nor silent). */
    public BooleanProperty stationUnknownProperty() {
        return stationUnknown;
    }

    /** No kiosk has beaten yet and the strip is within its start grace: "no kiosk seen yet", grey. */
    public BooleanProperty kioskNotSeenYetProperty() {
        return kioskNotSeenYet;
    }

    public IntegerProperty readingsProperty() {
        return readings;
    }

    public I18n messages() {
        return messages;
    }

    @Override
    public void close() {
        reader.shutdownNow();
    }
}
