package com.brewline.barista.station;

import com.brewline.display.Chime;
import com.brewline.display.CoalescedReload;
import com.brewline.display.I18n;
import com.brewline.model.BusinessDay;
import com.brewline.model.DaySummary;
import com.brewline.model.IllegalTransitionException;
import com.brewline.model.Menu;
import com.brewline.model.MenuItem;
import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.payment.RefundService;
import com.brewline.store.BrewlineStore;
import com.brewline.store.DayCloseRefusedException;
import com.brewline.store.StoreException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The barista station's state and actions. Every store call runs on this station's own database
 * thread; results are handed to the FX thread through {@code fx}. Changes from any process arrive
 * through the store's change feed; a burst of them coalesces into one reload.
 */
public final class StationViewModel implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StationViewModel.class);

    /** The reasons a barista can pick when rejecting; their texts are in the bundle. */
    public static final List<String> REJECT_REASON_KEYS = List.of("reject.reason.soldOut", "reject.reason.machine",
            "reject.reason.customerLeft", "reject.reason.duplicate", "reject.reason.other");

    private final BrewlineStore store;
    private final RefundService refunds;
    private final Menu menu;
    private final String stationId;
    private final Ageing ageing;
    private final Clock clock;
    private final Executor fx;
    private final Chime chime;
    private final I18n messages;
    private final CoalescedReload reloads;
    private final Executor db;

    private final ObservableList<TicketViewModel> tickets = FXCollections.observableArrayList();
    private final ObservableList<Order> ready = FXCollections.observableArrayList();
    private final ObjectProperty<TicketViewModel> selected = new SimpleObjectProperty<>();
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObjectProperty<BusinessDay> day = new SimpleObjectProperty<>();
    private final ObservableSet<String> soldOut = FXCollections.observableSet();
    private final ObjectProperty<Order> lastBumped = new SimpleObjectProperty<>();
    private final ObjectProperty<List<Order>> closeRefused = new SimpleObjectProperty<>();
    private final ObjectProperty<DaySummary> summary = new SimpleObjectProperty<>();
    private final BooleanProperty choosingRejectReason = new SimpleBooleanProperty();
    private final ObjectProperty<DayConfirmation> confirming = new SimpleObjectProperty<>();
    private final ObjectProperty<Instant> now;
    private final IntegerProperty snapshotsApplied = new SimpleIntegerProperty();
    private final IntegerProperty refundsPending = new SimpleIntegerProperty();
    private final IntegerProperty refundsFailing = new SimpleIntegerProperty();
    private final Map<Long, TicketViewModel> byId = new HashMap<>();

    /** Touched only on the database thread. */
    private Set<Long> lastTicketIds = null;
    /** The order the notice on screen is about, if any: the notice goes once that order moves on. */
    private volatile NoticeAbout noticeAbout;

    /** Pausing and closing the day each ask first, saying what will happen. */
    public enum DayAction { PAUSE, CLOSE }

    /** A pending day action and the open orders it concerns (waiting, in preparation, ready). */
    public record DayConfirmation(DayAction action, int ordersWaiting, int ordersReady) {
    }

    private record NoticeAbout(String text, long orderId, OrderStatus status) {
    }

    public StationViewModel(BrewlineStore store, RefundService refunds, Menu menu, String stationId, Ageing ageing,
                            Clock clock, Executor fx, Chime chime, I18n messages) {
        this.store = store;
        this.refunds = refunds;
        this.menu = menu;
        this.stationId = stationId;
        this.ageing = ageing;
        this.clock = clock;
        this.fx = fx;
        this.chime = chime;
        this.messages = messages;
        this.now = new SimpleObjectProperty<>(clock.instant());
        this.reloads = new CoalescedReload("station-db-" + stationId, this::reload);
        this.db = reloads.executor();
    }

    /** Subscribes to the store's changes and loads the first snapshot. */
    public void start() {
        reloads.start(store.changes()::subscribe);
    }

    /** Safe from any thread; bursts collapse into one reload on the database thread. */
    public void requestReload() {
        reloads.request();
    }

    private record Snapshot(List<Order> tickets, List<Order> ready, Optional<Order> lastBumped,
                            Optional<BusinessDay> day, Set<String> soldOut, List<Order> cancelled,
                            boolean arrivals, int refundsPending, int refundsFailing,
                            NoticeAbout watched, OrderStatus watchedStatus) {
    }

    private void reload() {
        try {
            List<Order> open = store.orders().openTickets();
            List<Order> readyOrders = store.orders().openOrders().stream()
                    .filter(o -> o.status() == OrderStatus.READY).toList();
            Set<Long> ids = new HashSet<>();
            open.forEach(o -> ids.add(o.id()));
            List<Order> cancelled = new ArrayList<>();
            boolean arrivals = false;
            if (lastTicketIds != null) {
                for (Long gone : lastTicketIds) {
                    if (!ids.contains(gone)) {
                        store.orders().find(gone).filter(o -> o.status() == OrderStatus.CANCELLED).ifPresent(cancelled::add);
                    }
                }
                arrivals = open.stream().anyMatch(o -> !lastTicketIds.contains(o.id()) && o.status() == OrderStatus.PAID);
            }
            lastTicketIds = ids;
            NoticeAbout watched = noticeAbout;
            OrderStatus watchedStatus = watched == null ? null
                    : store.orders().find(watched.orderId()).map(Order::status).orElse(null);
            Snapshot s = new Snapshot(open, readyOrders, store.orders().lastBumped(), store.days().current(),
                    store.availability().soldOutItemIds(), cancelled, arrivals,
                    store.payments().refundsDue().size(), refunds.failing().size(), watched, watchedStatus);
            if (arrivals) {
                chime.play();
            }
            fx.execute(() -> apply(s));
        } catch (RuntimeException e) {
            log.warn("station {}: reload failed", stationId, e);
            fx.execute(() -> showNotice(messages.text("notice.loadFailed", e.getMessage())));
        }
    }

    private void apply(Snapshot s) {
        List<TicketViewModel> next = new ArrayList<>(s.tickets().size());
        Map<Long, TicketViewModel> nextById = new HashMap<>();
        List<Instant> timerStarts = Ageing.timerStarts(s.tickets().stream().map(Order::paidAt).toList());
        for (int i = 0; i < s.tickets().size(); i++) {
            Order o = s.tickets().get(i);
            TicketViewModel t = byId.get(o.id());
            if (t == null) {
                t = new TicketViewModel(o, ageing);
            } else {
                t.update(o);
            }
            t.timerStart(timerStarts.get(i));
            next.add(t);
            nextById.put(o.id(), t);
        }
        byId.clear();
        byId.putAll(nextById);
        if (!next.equals(tickets)) {
            tickets.setAll(next);
        }
        if (!s.ready().equals(ready)) {
            ready.setAll(s.ready());
        }
        if (selected.get() != null && !byId.containsKey(selected.get().orderId())) {
            selected.set(null);
        }
        lastBumped.set(s.lastBumped().orElse(null));
        refundsPending.set(s.refundsPending());
        refundsFailing.set(s.refundsFailing());
        day.set(s.day().orElse(null));
        soldOut.retainAll(s.soldOut());
        soldOut.addAll(s.soldOut());
        if (s.watched() != null && s.watched() == noticeAbout && s.watchedStatus() != s.watched().status()
                && s.watched().text().equals(notice.get())) {
            dismissNotice(); // the order it spoke of has moved on (bumped again, picked up, cancelled...)
        }
        if (!s.cancelled().isEmpty()) {
            showNotice(messages.text("notice.cancelled",
                    s.cancelled().stream().map(o -> "#" + o.pickupNumber()).reduce((a, b) -> a + ", " + b).orElse("")));
        }
        snapshotsApplied.set(snapshotsApplied.get() + 1);
    }

    /** Once a second from the view; only the cells on screen read the new time. */
    public void tick() {
        now.set(clock.instant());
    }

    // ---- actions: each runs on the database thread and reports on the FX thread ----

    /** Claims the ticket; completes false (with a notice) when another station started it first. */
    public CompletableFuture<Boolean> start(TicketViewModel t) {
        Order o = t.order();
        return act(() -> {
            try {
                store.orders().transition(o.id(), OrderStatus.IN_PREPARATION, stationId, "started");
                return true;
            } catch (IllegalTransitionException e) {
                lostRace(o);
                return false;
            }
        });
    }

    /** Done: the order turns READY and the pickup board announces it. A ticket not yet started is claimed first. */
    public CompletableFuture<Boolean> bump(TicketViewModel t) {
        Order o = t.order();
        return act(() -> {
            try {
                if (currentStatus(o) == OrderStatus.PAID) {
                    store.orders().transition(o.id(), OrderStatus.IN_PREPARATION, stationId, "started");
                }
                store.orders().transition(o.id(), OrderStatus.READY, stationId, "done");
                return true;
            } catch (IllegalTransitionException e) {
                lostRace(o);
                return false;
            }
        });
    }

    /** Checks an item line off or back on; a ticket not yet started is claimed first. */
    public CompletableFuture<Boolean> toggleLine(TicketViewModel t, int lineIndex) {
        Order o = t.order();
        boolean done = !o.linesDone().get(lineIndex);
        return act(() -> {
            try {
                if (currentStatus(o) == OrderStatus.PAID) {
                    store.orders().transition(o.id(), OrderStatus.IN_PREPARATION, stationId, "started");
                }
                store.orders().setLineDone(o.id(), lineIndex, done, stationId);
                return true;
            } catch (IllegalTransitionException e) {
                lostRace(o);
                return false;
            }
        });
    }

    public CompletableFuture<Boolean> handOver(Order readyOrder) {
        return act(() -> {
            store.orders().transition(readyOrder.id(), OrderStatus.PICKED_UP, stationId, "picked up");
            return true;
        });
    }

    /** Hands over the ready order that has waited longest (bump-bar key). */
    public CompletableFuture<Boolean> handOverOldestReady() {
        return ready.isEmpty() ? CompletableFuture.completedFuture(false) : handOver(ready.get(0));
    }

    /** Rejects with the reason (a bundle key of {@link #REJECT_REASON_KEYS}); the refund is queued with it. */
    public CompletableFuture<Boolean> reject(TicketViewModel t, String reasonKey) {
        Order o = t.order();
        String reason = messages.text(reasonKey);
        choosingRejectReason.set(false);
        return act(() -> {
            refunds.reject(o.id(), reason, stationId);
            boolean pending = store.payments().refundsDue().stream().anyMatch(r -> r.orderId() == o.id());
            String text = messages.text(pending ? "notice.rejectedRefundPending" : "notice.rejectedRefunded",
                    o.pickupNumber(), reason);
            fx.execute(() -> showNotice(text));
            return true;
        });
    }

    /** Brings the last bumped ticket back; it keeps its place and timer (paid time is unchanged). */
    public CompletableFuture<Boolean> recall() {
        return act(() -> {
            Optional<Order> last = store.orders().lastBumped();
            if (last.isEmpty()) {
                fx.execute(() -> showNotice(messages.text("notice.nothingToRecall")));
                return false;
            }
            store.orders().transition(last.get().id(), OrderStatus.IN_PREPARATION, stationId, "recalled");
            String text = messages.text("notice.recalled", last.get().pickupNumber());
            showNoticeAbout(text, last.get().id(), OrderStatus.IN_PREPARATION);
            return true;
        });
    }

    public CompletableFuture<Boolean> setSoldOut(String itemId, boolean isSoldOut) {
        return act(() -> {
            store.availability().setSoldOut(itemId, isSoldOut, stationId);
            return true;
        });
    }

    public CompletableFuture<Boolean> openDay() {
        return act(() -> {
            store.days().open(LocalDate.now(clock), stationId);
            return true;
        });
    }

    /** The pause button: asks first (kiosks stop taking orders). */
    public void askPauseDay() {
        confirming.set(new DayConfirmation(DayAction.PAUSE, tickets.size(), ready.size()));
    }

    /** The close button: asks first, saying how many orders are still open. */
    public void askCloseDay() {
        confirming.set(new DayConfirmation(DayAction.CLOSE, tickets.size(), ready.size()));
    }

    /** The confirmation's "yes": does what it asked about. */
    public CompletableFuture<Boolean> confirmDayAction() {
        DayConfirmation c = confirming.get();
        confirming.set(null);
        if (c == null) {
            return CompletableFuture.completedFuture(false);
        }
        return c.action() == DayAction.PAUSE ? pauseDay() : closeDay();
    }

    public CompletableFuture<Boolean> pauseDay() {
        return act(() -> {
            store.days().pause(stationId);
            return true;
        });
    }

    /** Closes the day and shows its summary, or shows the orders still open and changes nothing. */
    public CompletableFuture<Boolean> closeDay() {
        return act(() -> {
            try {
                BusinessDay closed = store.days().close(stationId);
                DaySummary s = store.reports().daySummary(closed.date());
                fx.execute(() -> summary.set(s));
                return true;
            } catch (DayCloseRefusedException e) {
                List<Order> open = e.openOrders();
                fx.execute(() -> closeRefused.set(open));
                return false;
            }
        });
    }

    public void dismissDialogs() {
        closeRefused.set(null);
        summary.set(null);
        choosingRejectReason.set(false);
        confirming.set(null);
    }

    /** On the FX thread: a notice about nothing in particular (stays until read or replaced). */
    private void showNotice(String text) {
        noticeAbout = null;
        notice.set(text);
    }

    /** From the database thread: a notice that goes away by itself once the order leaves {@code status}. */
    private void showNoticeAbout(String text, long orderId, OrderStatus status) {
        fx.execute(() -> {
            noticeAbout = new NoticeAbout(text, orderId, status);
            notice.set(text);
            requestReload(); // the order may have moved on already
        });
    }

    /** The barista read it (tapped it or its close button). */
    public void dismissNotice() {
        noticeAbout = null;
        notice.set("");
    }

    // ---- selection (bump-bar keys) ----

    /** 1-based position in the queue, oldest first. */
    public void selectPosition(int position) {
        if (position >= 1 && position <= tickets.size()) {
            selected.set(tickets.get(position - 1));
        }
    }

    public void selectNext(int delta) {
        if (tickets.isEmpty()) {
            return;
        }
        int at = selected.get() == null ? (delta > 0 ? -1 : tickets.size()) : tickets.indexOf(selected.get());
        selected.set(tickets.get(Math.max(0, Math.min(tickets.size() - 1, at + delta))));
    }

    /** The selected ticket, or the oldest when none is selected. */
    public Optional<TicketViewModel> target() {
        if (selected.get() != null) {
            return Optional.of(selected.get());
        }
        return tickets.isEmpty() ? Optional.empty() : Optional.of(tickets.get(0));
    }

    public void startTarget() {
        target().ifPresent(this::start);
    }

    public void bumpTarget() {
        target().ifPresent(this::bump);
    }

    public void askRejectReason() {
        if (target().isPresent()) {
            choosingRejectReason.set(true);
        }
    }

    public void rejectTarget(int reasonIndex) {
        if (reasonIndex >= 0 && reasonIndex < REJECT_REASON_KEYS.size()) {
            target().ifPresent(t -> reject(t, REJECT_REASON_KEYS.get(reasonIndex)));
        }
    }

    // ---- plumbing ----

    private OrderStatus currentStatus(Order o) {
        return store.orders().find(o.id()).map(Order::status).orElse(o.status());
    }

    /** On the database thread: another station got there first; the notice goes when that order moves on. */
    private void lostRace(Order o) {
        String text = messages.text("notice.lostRace", o.pickupNumber());
        showNoticeAbout(text, o.id(), currentStatus(o));
    }

    private CompletableFuture<Boolean> act(Supplier<Boolean> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.get();
            } catch (IllegalTransitionException | StoreException | IllegalStateException | IllegalArgumentException e) {
                log.info("station {}: action refused: {}", stationId, e.getMessage());
                String text = messages.text("notice.refused", e.getMessage());
                fx.execute(() -> showNotice(text));
                return false;
            } finally {
                requestReload();
            }
        }, db);
    }

    @Override
    public void close() {
        reloads.close();
    }

    // ---- properties ----

    public ObservableList<TicketViewModel> tickets() {
        return tickets;
    }

    public ObservableList<Order> ready() {
        return ready;
    }

    public ObjectProperty<TicketViewModel> selectedProperty() {
        return selected;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public ObjectProperty<BusinessDay> dayProperty() {
        return day;
    }

    public ObservableSet<String> soldOut() {
        return soldOut;
    }

    /** The menu's preselected choice (shown quietly on a ticket, so that what the customer changed stands out). */
    public boolean isDefaultChoice(com.brewline.model.ChosenOption chosen) {
        return menu.optionGroup(chosen.groupId()).flatMap(g -> g.option(chosen.optionId()))
                .map(com.brewline.model.MenuOption::isDefault).orElse(false);
    }

    public List<MenuItem> menuItems() {
        return menu.items();
    }

    public ObjectProperty<Order> lastBumpedProperty() {
        return lastBumped;
    }

    public ObjectProperty<List<Order>> closeRefusedProperty() {
        return closeRefused;
    }

    public ObjectProperty<DaySummary> summaryProperty() {
        return summary;
    }

    public ObjectProperty<DayConfirmation> confirmingProperty() {
        return confirming;
    }

    public BooleanProperty choosingRejectReasonProperty() {
        return choosingRejectReason;
    }

    public ObjectProperty<Instant> nowProperty() {
        return now;
    }

    public IntegerProperty snapshotsAppliedProperty() {
        return snapshotsApplied;
    }

    /** Refunds recorded but not yet confirmed by the provider (sent by the kiosk when this station has none). */
    public IntegerProperty refundsPendingProperty() {
        return refundsPending;
    }

    /** Refunds that keep failing: staff must look. */
    public IntegerProperty refundsFailingProperty() {
        return refundsFailing;
    }

    public I18n messages() {
        return messages;
    }

    public String stationId() {
        return stationId;
    }
}
