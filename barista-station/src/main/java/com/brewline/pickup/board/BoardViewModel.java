package com.brewline.pickup.board;

import com.brewline.display.CoalescedReload;
import com.brewline.model.OrderStatus;
import com.brewline.model.OrderStatusView;
import com.brewline.model.PickupBoard;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;

/**
 * The pickup board: reads only the read model. A number that turns ready is "fresh" for a while
 * (highlighted, called aloud once); after {@code readyShownFor} still uncollected, it moves to the
 * "not collected yet" list until picked up. A number that leaves "preparing" because it was
 * cancelled or rejected is shown as "please see the counter" for {@code stoppedShownFor}.
 */
public final class BoardViewModel implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BoardViewModel.class);

    /** How long the board's timings run. */
    public record Timings(Duration readyShownFor, Duration highlightFor, Duration stoppedShownFor) {
    }

    private final ReadModel readModel;
    private final CoalescedReload.Changes changes;
    private final Timings timings;
    private final Clock clock;
    private final Executor fx;
    private final IntConsumer onCall;
    private final CoalescedReload reloads;

    private final ObservableList<Integer> preparing = FXCollections.observableArrayList();
    private final ObservableList<Integer> ready = FXCollections.observableArrayList();
    private final ObservableList<Integer> notCollected = FXCollections.observableArrayList();
    private final ObservableList<Integer> seeCounter = FXCollections.observableArrayList();
    private final ObservableSet<Integer> fresh = FXCollections.observableSet();
    private final ObservableList<Integer> calls = FXCollections.observableArrayList();
    private final IntegerProperty snapshotsApplied = new SimpleIntegerProperty();
    private final Map<Integer, Instant> freshUntil = new HashMap<>();
    private final Map<Integer, Instant> stoppedUntil = new LinkedHashMap<>();
    private PickupBoard latest = new PickupBoard(List.of(), List.of());
    private boolean loadedOnce;
    /** The numbers preparing at the last reload; touched only on the database thread. */
    private Set<Integer> lastPreparing;

    /** @param onCall called on the FX thread with each number that just turned ready (chime and speech) */
    public BoardViewModel(ReadModel readModel, CoalescedReload.Changes changes, Timings timings, Clock clock,
                          Executor fx, IntConsumer onCall) {
        this.readModel = readModel;
        this.changes = changes;
        this.timings = timings;
        this.clock = clock;
        this.fx = fx;
        this.onCall = onCall;
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
            List<Integer> stopped = new ArrayList<>();
            if (lastPreparing != null) {
                Set<Integer> stillOpen = new HashSet<>(board.preparing());
                board.ready().forEach(r -> stillOpen.add(r.pickupNumber()));
                for (Integer gone : lastPreparing) {
                    if (!stillOpen.contains(gone)) {
                        // Gone from preparing without turning ready: cancelled or rejected, never silently.
                        readModel.statusByPickupNumber(gone).map(OrderStatusView::status)
                                .filter(s -> s == OrderStatus.CANCELLED || s == OrderStatus.REJECTED)
                                .ifPresent(s -> stopped.add(gone));
                    }
                }
            }
            lastPreparing = new HashSet<>(board.preparing());
            fx.execute(() -> apply(board, stopped));
        } catch (RuntimeException e) {
            log.warn("pickup board: reload failed; showing the last board", e);
        }
    }

    private void apply(PickupBoard board, List<Integer> stopped) {
        Set<Integer> before = new HashSet<>();
        latest.ready().forEach(r -> before.add(r.pickupNumber()));
        Instant now = clock.instant();
        List<Integer> called = new ArrayList<>();
        for (PickupBoard.ReadyNumber r : board.ready()) {
            if (loadedOnce && !before.contains(r.pickupNumber()) && r.readyAt().plus(timings.readyShownFor()).isAfter(now)) {
                freshUntil.put(r.pickupNumber(), now.plus(timings.highlightFor()));
                called.add(r.pickupNumber());
            }
        }
        for (Integer n : stopped) {
            stoppedUntil.put(n, now.plus(timings.stoppedShownFor()));
        }
        // A number back in use (a later order) is no longer "see the counter".
        stoppedUntil.keySet().removeAll(board.preparing());
        board.ready().forEach(r -> stoppedUntil.remove(r.pickupNumber()));
        latest = board;
        loadedOnce = true;
        show(now);
        for (Integer n : called) {
            calls.add(n);
            onCall.accept(n);
        }
        snapshotsApplied.set(snapshotsApplied.get() + 1);
    }

    /** Once a second: ready numbers past their time move to "not collected", highlights end. No database work. */
    public void tick() {
        show(clock.instant());
    }

    private void show(Instant now) {
        List<Integer> readyNow = new ArrayList<>();
        List<Integer> waitingLong = new ArrayList<>();
        // Newest first: the number just called is where eyes land.
        for (int i = latest.ready().size() - 1; i >= 0; i--) {
            PickupBoard.ReadyNumber r = latest.ready().get(i);
            if (r.readyAt().plus(timings.readyShownFor()).isAfter(now)) {
                readyNow.add(r.pickupNumber());
            } else {
                waitingLong.add(0, r.pickupNumber()); // oldest first: the longest uncollected leads
            }
        }
        freshUntil.entrySet().removeIf(e -> !e.getValue().isAfter(now) || !readyNow.contains(e.getKey()));
        fresh.retainAll(freshUntil.keySet());
        fresh.addAll(freshUntil.keySet());
        stoppedUntil.entrySet().removeIf(e -> !e.getValue().isAfter(now));
        setIfChanged(ready, readyNow);
        setIfChanged(notCollected, waitingLong);
        setIfChanged(seeCounter, new ArrayList<>(stoppedUntil.keySet()));
        setIfChanged(preparing, latest.preparing());
    }

    private static void setIfChanged(ObservableList<Integer> list, List<Integer> next) {
        if (!list.equals(next)) {
            list.setAll(next);
        }
    }

    @Override
    public void close() {
        reloads.close();
    }

    public ObservableList<Integer> preparing() {
        return preparing;
    }

    /** Ready for less than {@code readyShownFor}, newest first. */
    public ObservableList<Integer> ready() {
        return ready;
    }

    /** Ready for longer than {@code readyShownFor} and not picked up, oldest first. */
    public ObservableList<Integer> notCollected() {
        return notCollected;
    }

    /** Cancelled or rejected a short while ago: "please see the counter". */
    public ObservableList<Integer> seeCounter() {
        return seeCounter;
    }

    public ObservableSet<Integer> fresh() {
        return fresh;
    }

    /** Every number called aloud so far, in the order called (the board's call queue). */
    public ObservableList<Integer> calls() {
        return calls;
    }

    public IntegerProperty snapshotsAppliedProperty() {
        return snapshotsApplied;
    }
}
