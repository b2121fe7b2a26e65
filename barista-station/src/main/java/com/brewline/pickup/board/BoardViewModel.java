package com.brewline.pickup.board;

import com.brewline.barista.support.Chime;
import com.brewline.barista.support.CoalescedReload;
import com.brewline.model.PickupBoard;
import com.brewline.store.ChangeFeed;
import com.brewline.store.ReadModel;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * The pickup board: reads only the read model. A number that turns ready is "fresh" for a while
 * (highlighted, chimed once); ready numbers leave when picked up or after {@code readyShownFor}.
 */
public final class BoardViewModel implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BoardViewModel.class);

    private final ReadModel readModel;
    private final ChangeFeed changes;
    private final Duration readyShownFor;
    private final Duration highlightFor;
    private final Clock clock;
    private final Executor fx;
    private final Chime chime;
    private final CoalescedReload reloads;

    private final ObservableList<Integer> preparing = FXCollections.observableArrayList();
    private final ObservableList<Integer> ready = FXCollections.observableArrayList();
    private final ObservableSet<Integer> fresh = FXCollections.observableSet();
    private final IntegerProperty snapshotsApplied = new SimpleIntegerProperty();
    private final Map<Integer, Instant> freshUntil = new HashMap<>();
    private PickupBoard latest = new PickupBoard(List.of(), List.of());
    private boolean loadedOnce;

    public BoardViewModel(ReadModel readModel, ChangeFeed changes, Duration readyShownFor, Duration highlightFor,
                          Clock clock, Executor fx, Chime chime) {
        this.readModel = readModel;
        this.changes = changes;
        this.readyShownFor = readyShownFor;
        this.highlightFor = highlightFor;
        this.clock = clock;
        this.fx = fx;
        this.chime = chime;
        this.reloads = new CoalescedReload("board-db", this::reload);
    }

    public void start() {
        reloads.start(changes);
    }

    public void requestReload() {
        reloads.request();
    }

    private void reload() {
        try {
            PickupBoard board = readModel.pickupBoard();
            fx.execute(() -> apply(board));
        } catch (RuntimeException e) {
            log.warn("pickup board: reload failed; showing the last board", e);
        }
    }

    private void apply(PickupBoard board) {
        Set<Integer> before = new HashSet<>();
        latest.ready().forEach(r -> before.add(r.pickupNumber()));
        Instant now = clock.instant();
        boolean announce = false;
        for (PickupBoard.ReadyNumber r : board.ready()) {
            if (loadedOnce && !before.contains(r.pickupNumber()) && r.readyAt().plus(readyShownFor).isAfter(now)) {
                freshUntil.put(r.pickupNumber(), now.plus(highlightFor));
                announce = true;
            }
        }
        latest = board;
        loadedOnce = true;
        if (announce) {
            chime.play();
        }
        show(now);
        snapshotsApplied.set(snapshotsApplied.get() + 1);
    }

    /** Once a second: ready numbers past their time leave, highlights end. No database work. */
    public void tick() {
        show(clock.instant());
    }

    private void show(Instant now) {
        List<Integer> readyNow = new ArrayList<>();
        // Newest first: the number just called is where eyes land.
        for (int i = latest.ready().size() - 1; i >= 0; i--) {
            PickupBoard.ReadyNumber r = latest.ready().get(i);
            if (r.readyAt().plus(readyShownFor).isAfter(now)) {
                readyNow.add(r.pickupNumber());
            }
        }
        freshUntil.entrySet().removeIf(e -> !e.getValue().isAfter(now) || !readyNow.contains(e.getKey()));
        fresh.retainAll(freshUntil.keySet());
        fresh.addAll(freshUntil.keySet());
        if (!readyNow.equals(ready)) {
            ready.setAll(readyNow);
        }
        if (!latest.preparing().equals(preparing)) {
            preparing.setAll(latest.preparing());
        }
    }

    @Override
    public void close() {
        reloads.close();
    }

    public ObservableList<Integer> preparing() {
        return preparing;
    }

    public ObservableList<Integer> ready() {
        return ready;
    }

    public ObservableSet<Integer> fresh() {
        return fresh;
    }

    public IntegerProperty snapshotsAppliedProperty() {
        return snapshotsApplied;
    }
}
