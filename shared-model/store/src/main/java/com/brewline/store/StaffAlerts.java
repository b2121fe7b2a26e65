package com.brewline.store;

import java.time.Instant;
import java.util.List;

/**
 * Problems staff must see and fix that no order shows: a receipt printer out of paper or unplugged, a customer
 * who pressed "call staff" (kinds in {@code com.brewline.kitchen.AlertKinds}). Any process raises them (a
 * kiosk), the barista station lists the open ones and resolves them when staff acknowledge. The same problem raised again
 * while open is one alert, its count and time updated, so a dead printer does not flood the station.
 */
public interface StaffAlerts {
    /** Raises (or refreshes) the open alert of this source and kind. @return its id */
    long raise(String source, String kind, String message);

    /** The source's problem of this kind is over (the printer printed again): its open alert is resolved. */
    void resolve(String source, String kind, String by);

    /** Resolves one alert (staff acknowledged it). */
    void resolve(long id, String by);

    /** Open alerts, newest first. */
    List<StaffAlert> open();

    /**
     * Every alert of {@code kind} raised in [{@code from}, {@code to}), resolved or not, oldest first: the day's
     * report counts staff calls and their answer times from it.
     */
    List<StaffAlert> raisedBetween(String kind, Instant from, Instant to);
}
