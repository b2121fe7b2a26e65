package com.brewline.store;

/**
 * The whole store behind one interface: SQLite today, PostgreSQL for a chain later.
 * Thread-safe; each thread gets its own connection.
 */
public interface BrewlineStore extends AutoCloseable {
    OrderQueue orders();

    /** Orders split among the configured stations: claims, bumps, the expo, urgent marks. */
    StationQueue stations();

    BusinessDays days();

    /** Who is alive: the heartbeats of every screen process and the payment jobs. */
    Heartbeats heartbeats();

    ItemAvailability availability();

    ReadModel readModel();

    Reports reports();

    PaymentLedger payments();

    ChangeFeed changes();

    /** Messages owed to customers who left a phone number (ADR 0008). */
    NotificationOutbox notifications();

    /** Problems for staff: a printer out of paper, a customer's call (kinds in {@code AlertKinds}). */
    StaffAlerts alerts();

    @Override
    void close();
}
