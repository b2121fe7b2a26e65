package com.brewline.store;

import com.brewline.report.StaffCallFigures;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The staff-call figures of the business days {@code from..toInclusive}: every alert of kind STAFF_CALL raised
 * from the first day's midnight to the midnight after the last, in the store's time zone, resolved or not. One
 * place, so {@code brewline report} and the office's reports read the same calls.
 */
public final class StaffCalls {
    /** The alert kind a kiosk's call-staff button raises (the domain's AlertKinds.STAFF_CALL). */
    public static final String KIND = com.brewline.kitchen.AlertKinds.STAFF_CALL;

    private StaffCalls() {
    }

    public static StaffCallFigures figures(StaffAlerts alerts, LocalDate from, LocalDate toInclusive, ZoneId zone) {
        return StaffCallFigures.of(alerts.raisedBetween(KIND, from.atStartOfDay(zone).toInstant(),
                toInclusive.plusDays(1).atStartOfDay(zone).toInstant()).stream()
                .map(a -> new StaffCallFigures.Call(a.raisedAt(), a.resolvedAt())).toList());
    }
}
