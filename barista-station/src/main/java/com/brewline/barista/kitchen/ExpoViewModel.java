package com.brewline.barista.kitchen;

import com.brewline.display.CoalescedReload;
import com.brewline.display.I18n;
import com.brewline.kitchen.ExpoOrder;
import com.brewline.kitchen.OrderPart;
import com.brewline.kitchen.StationRouting;
import com.brewline.store.BrewlineStore;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The expo view (issue 12): every open order whole, with each station's part and its state, urgent orders
 * first and saying why; staff mark an order urgent here. Reads on the change feed, off the FX thread.
 */
public final class ExpoViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExpoViewModel.class);
    public static final List<String> URGENT_REASON_KEYS = List.of("urgent.reason.hurry", "urgent.reason.remake",
            "urgent.reason.staff");

    /** One station's part as shown: the station's name and the part's state. */
    public record PartChip(String stationName, String state, String text) {
    }

    /** One order as shown. {@code urgentReason} is null unless it was marked urgent. */
    public record ExpoRow(long orderId, int pickupNumber, boolean onQueue, List<PartChip> parts, String urgentReason) {
        public ExpoRow {
            parts = List.copyOf(parts);
        }
    }

    private final BrewlineStore store;
    private final StationRouting routing;
    private final String actor;
    private final Executor fx;
    private final I18n messages;
    private final CoalescedReload reloads;

    private final ObservableList<ExpoRow> rows = FXCollections.observableArrayList();
    private final StringProperty notice = new SimpleStringProperty("");
    private final IntegerProperty snapshots = new SimpleIntegerProperty();
    private final StringProperty urgentReasonKey = new SimpleStringProperty(URGENT_REASON_KEYS.get(0));

    public ExpoViewModel(BrewlineStore store, StationRouting routing, String actor, Executor fx, I18n messages) {
        this.store = store;
        this.routing = routing;
        this.actor = actor;
        this.fx = fx;
        this.messages = messages;
        this.reloads = new CoalescedReload("expo-db", this::reload);
    }

    public void start() {
        reloads.start(store.changes()::subscribe);
    }

    private void reload() {
        try {
            List<ExpoRow> fresh = store.stations().expo(routing).stream().map(this::row).toList();
            fx.execute(() -> {
                if (!rows.equals(fresh)) {
                    rows.setAll(fresh);
                }
                snapshots.set(snapshots.get() + 1);
            });
        } catch (RuntimeException e) {
            LOG.warn("expo: reload failed", e);
            fx.execute(() -> notice.set(messages.text("expo.unreadable")));
        }
    }

    private ExpoRow row(ExpoOrder expo) {
        List<PartChip> chips = expo.parts().stream().map(this::chip).toList();
        return new ExpoRow(expo.order().id(), expo.order().pickupNumber(), expo.order().status().isOnBaristaQueue(),
                chips, expo.isUrgent() ? expo.urgent().reason() : null);
    }

    private PartChip chip(OrderPart part) {
        String name = routing.station(part.stationId()).map(s -> s.name()).orElse(part.stationId());
        return new PartChip(name, part.state().name(), messages.text("part." + part.state().name(), name));
    }

    /** Marks the order urgent with the chosen reason; the store refuses an order already done or already urgent. */
    public CompletableFuture<Boolean> markUrgent(ExpoRow row) {
        String reason = messages.text(urgentReasonKey.get());
        return CompletableFuture.supplyAsync(() -> {
            try {
                store.orders().setUrgent(row.orderId(), reason, actor);
                fx.execute(() -> notice.set(messages.text("urgent.marked", row.pickupNumber(), reason)));
                return true;
            } catch (RuntimeException e) {
                LOG.info("expo: marking #{} urgent refused: {}", row.pickupNumber(), e.getMessage());
                fx.execute(() -> notice.set(messages.text("urgent.refused", row.pickupNumber())));
                return false;
            } finally {
                reloads.request();
            }
        }, reloads.executor());
    }

    public ObservableList<ExpoRow> rows() {
        return rows;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public IntegerProperty snapshotsProperty() {
        return snapshots;
    }

    public StringProperty urgentReasonKeyProperty() {
        return urgentReasonKey;
    }

    public I18n messages() {
        return messages;
    }

    @Override
    public void close() {
        reloads.close();
    }
}
