package com.brewline.store.jdbc;

import com.brewline.store.BrewlineStore;
import com.brewline.store.BusinessDays;
import com.brewline.store.ChangeFeed;
import com.brewline.store.Heartbeats;
import com.brewline.store.ItemAvailability;
import com.brewline.store.NotificationOutbox;
import com.brewline.store.OrderQueue;
import com.brewline.store.PaymentLedger;
import com.brewline.store.ReadModel;
import com.brewline.store.Reports;
import com.brewline.store.StaffAlerts;
import com.brewline.store.StationQueue;

import java.time.Clock;

/**
 * The whole store on one engine: the parts written once ({@code Jdbc*}, on the engine's transactions and
 * statements) and the parts whose locking is the engine's own ({@link EngineParts}). Closing stops the change feed,
 * then closes the engine's connections.
 */
public abstract class JdbcStore implements BrewlineStore {
    /** What each engine builds its own way. */
    public record EngineParts(OrderQueue orders, StationQueue stations, BusinessDays days,
                              NotificationOutbox notifications, StaffAlerts alerts, ChangeFeed changes) {
    }

    private final EngineParts parts;
    private final Heartbeats heartbeats;
    private final ItemAvailability availability;
    private final ReadModel readModel;
    private final Reports reports;
    private final PaymentLedger payments;
    private final Runnable closeDatabase;

    /**
     * @param notByDay      put before the day column where open orders are read by status ({@link JdbcReadModel})
     * @param closeDatabase closes the engine's connections, after the change feed has stopped
     */
    protected JdbcStore(Transactions db, Statements sql, OrderRows rows, String notByDay, Clock clock,
                        EngineParts parts, Runnable closeDatabase) {
        this.parts = parts;
        this.heartbeats = new JdbcHeartbeats(db, sql);
        this.availability = new JdbcItemAvailability(db, sql, clock);
        this.readModel = new JdbcReadModel(db, sql, rows, notByDay);
        this.reports = new JdbcReports(db, sql);
        this.payments = new JdbcPaymentLedger(db, sql, clock);
        this.closeDatabase = closeDatabase;
    }

    @Override
    public OrderQueue orders() {
        return parts.orders();
    }

    @Override
    public StationQueue stations() {
        return parts.stations();
    }

    @Override
    public Heartbeats heartbeats() {
        return heartbeats;
    }

    @Override
    public BusinessDays days() {
        return parts.days();
    }

    @Override
    public ItemAvailability availability() {
        return availability;
    }

    @Override
    public ReadModel readModel() {
        return readModel;
    }

    @Override
    public Reports reports() {
        return reports;
    }

    @Override
    public PaymentLedger payments() {
        return payments;
    }

    @Override
    public NotificationOutbox notifications() {
        return parts.notifications();
    }

    @Override
    public StaffAlerts alerts() {
        return parts.alerts();
    }

    @Override
    public ChangeFeed changes() {
        return parts.changes();
    }

    @Override
    public void close() {
        parts.changes().close();
        closeDatabase.run();
    }
}
