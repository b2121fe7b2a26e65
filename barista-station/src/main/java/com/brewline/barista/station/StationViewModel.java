package com.brewline.barista.station;

import com.brewline.barista.station.alerts.AlertsViewModel;
import com.brewline.barista.station.allday.AllDayViewModel;
import com.brewline.barista.station.day.DayViewModel;
import com.brewline.barista.station.recall.RecallViewModel;
import com.brewline.barista.station.reject.RejectViewModel;
import com.brewline.barista.station.soldout.SoldOutViewModel;
import com.brewline.barista.station.tickets.Ageing;
import com.brewline.barista.station.tickets.TicketsViewModel;
import com.brewline.barista.station.urgent.UrgentViewModel;
import com.brewline.barista.station.work.Banner;
import com.brewline.barista.station.work.MaskedPhones;
import com.brewline.barista.station.work.StationWork;
import com.brewline.barista.station.work.Ticket;
import com.brewline.barista.station.work.Workplace;
import com.brewline.display.Chime;
import com.brewline.display.CoalescedReload;
import com.brewline.display.I18n;
import com.brewline.model.BusinessDay;
import com.brewline.model.Menu;
import com.brewline.model.Order;
import com.brewline.model.OrderStatus;
import com.brewline.payment.RefundService;
import com.brewline.store.BrewlineStore;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * The station as a whole: one database thread fed by the store's change feed, one snapshot per
 * burst of changes, handed to each feature's view model (tickets, day, sold-out, reject, recall)
 * on the FX thread; the banner; the refunds' state; the chime for new orders.
 */
public final class StationViewModel implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StationViewModel.class);

    private final BrewlineStore store;
    private final RefundService refunds;
    private final String stationId;
    private final Workplace workplace;
    private final MaskedPhones phones;
    private final Executor fx;
    private final Chime chime;
    private final CoalescedReload reloads;
    private final StationWork work;
    private final TicketsViewModel tickets;
    private final DayViewModel day;
    private final SoldOutViewModel soldOut;
    private final RejectViewModel reject;
    private final RecallViewModel recall;
    private final AllDayViewModel allDay;
    private final UrgentViewModel urgent;
    private final AlertsViewModel alerts;
    private final IntegerProperty snapshotsApplied = new SimpleIntegerProperty();
    private final IntegerProperty refundsPending = new SimpleIntegerProperty();
    private final IntegerProperty refundsFailing = new SimpleIntegerProperty();

    /** Touched only on the database thread. */
    private Set<Long> lastTicketIds = null;

    /**
     * @param stationId this screen's name (barista.stationId or --station): who did what in the order's history
     * @param workplace whole orders, or the part of the station it works at (issue 12)
     */
    public StationViewModel(BrewlineStore store, RefundService refunds, Menu menu, String stationId, Workplace workplace,
                            Ageing ageing, Clock clock, Executor fx, Chime chime, I18n messages) {
        this.store = store;
        this.workplace = workplace;
        this.phones = new MaskedPhones(store);
        this.refunds = refunds;
        this.stationId = stationId;
        this.fx = fx;
        this.chime = chime;
        this.reloads = new CoalescedReload("station-db-" + stationId, this::reload);
        this.work = new StationWork(store, refunds, stationId, workplace, clock, fx, reloads.executor(), reloads::request, messages);
        this.tickets = new TicketsViewModel(work, menu, ageing);
        this.recall = new RecallViewModel(work);
        this.day = new DayViewModel(work, () -> tickets.all().size(), () -> recall.ready().size());
        this.soldOut = new SoldOutViewModel(work, menu.items());
        this.reject = new RejectViewModel(work);
        this.allDay = new AllDayViewModel(tickets, messages.korean());
        this.urgent = new UrgentViewModel(work);
        this.alerts = new AlertsViewModel(store, stationId, clock, fx, chime, messages);
    }

    /** Subscribes to the store's changes and loads the first snapshot. */
    public void start() {
        reloads.start(store.changes()::subscribe);
        alerts.start();
    }

    /** Safe from any thread; bursts collapse into one reload on the database thread. */
    public void requestReload() {
        reloads.request();
    }

    private record Snapshot(List<Ticket> tickets, List<Order> ready, Optional<Order> lastBumped,
                            Optional<BusinessDay> day, Set<String> soldOut, List<Order> cancelled,
                            int refundsPending, int refundsFailing, Banner.About watched, OrderStatus watchedStatus) {
    }

    private void reload() {
        try {
            List<Ticket> open = phones.withPhones(workplace.tickets(store));
            List<Order> readyOrders = store.orders().openOrders().stream()
                    .filter(o -> o.status() == OrderStatus.READY).toList();
            Set<Long> ids = new HashSet<>();
            open.forEach(t -> ids.add(t.orderId()));
            List<Order> cancelled = new ArrayList<>();
            boolean arrivals = false;
            if (lastTicketIds != null) {
                for (Long gone : lastTicketIds) {
                    if (!ids.contains(gone)) {
                        store.orders().find(gone).filter(o -> o.status() == OrderStatus.CANCELLED).ifPresent(cancelled::add);
                    }
                }
                arrivals = open.stream().anyMatch(t -> !lastTicketIds.contains(t.orderId()) && !t.started());
            }
            lastTicketIds = ids;
            Banner.About watched = work.banner().watched();
            OrderStatus watchedStatus = watched == null ? null
                    : store.orders().find(watched.orderId()).map(Order::status).orElse(null);
            Snapshot s = new Snapshot(open, readyOrders, workplace.lastBumped(store), store.days().current(),
                    store.availability().soldOutItemIds(), cancelled,
                    store.payments().refundsDue().size(), refunds.failing().size(), watched, watchedStatus);
            if (arrivals) {
                chime.play();
            }
            fx.execute(() -> apply(s));
        } catch (RuntimeException e) {
            log.warn("station {}: reload failed", stationId, e);
            fx.execute(() -> work.banner().show(work.messages().text("notice.loadFailed", e.getMessage())));
        }
    }

    private void apply(Snapshot s) {
        tickets.apply(s.tickets());
        recall.apply(s.ready(), s.lastBumped());
        day.apply(s.day().orElse(null));
        soldOut.apply(s.soldOut());
        allDay.recount();
        refundsPending.set(s.refundsPending());
        refundsFailing.set(s.refundsFailing());
        work.banner().orderNow(s.watched(), s.watchedStatus());
        if (!s.cancelled().isEmpty()) {
            work.banner().show(work.messages().text("notice.cancelled",
                    s.cancelled().stream().map(o -> "#" + o.pickupNumber()).reduce((a, b) -> a + ", " + b).orElse("")));
        }
        snapshotsApplied.set(snapshotsApplied.get() + 1);
    }

    /** Opens the reject reasons for the selected (or oldest) ticket. */
    public void askRejectReason() {
        tickets.target().ifPresent(t -> reject.askReason(t.order()));
    }

    /** Opens the urgency reasons for the selected (or oldest) ticket. */
    public void askUrgent() {
        tickets.target().ifPresent(t -> urgent.askReason(t.order()));
    }

    /** Escape: closes whatever dialog is open. */
    public void dismissDialogs() {
        reject.cancel();
        urgent.cancel();
        day.dismiss();
        soldOut.showingProperty().set(false);
        allDay.showingProperty().set(false);
    }

    @Override
    public void close() {
        alerts.close();
        reloads.close();
    }

    public TicketsViewModel tickets() {
        return tickets;
    }

    public DayViewModel day() {
        return day;
    }

    public SoldOutViewModel soldOut() {
        return soldOut;
    }

    public RejectViewModel reject() {
        return reject;
    }

    public RecallViewModel recall() {
        return recall;
    }

    public UrgentViewModel urgent() {
        return urgent;
    }

    /** Staff calls and printer problems (issues 11, 14). */
    public AlertsViewModel alerts() {
        return alerts;
    }

    public AllDayViewModel allDay() {
        return allDay;
    }

    public Banner banner() {
        return work.banner();
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
        return work.messages();
    }

    public String stationId() {
        return stationId;
    }

    /** The station's name for the header; empty at a shop that configured no stations. */
    public String stationName() {
        return workplace.displayName();
    }
}
