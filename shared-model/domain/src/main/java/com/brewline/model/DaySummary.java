package com.brewline.model;

import java.time.Duration;
import java.time.LocalDate;

/**
 * The day's figures. Wait is paid until ready; preparation is started until ready.
 * Sales count paid orders less refunded ones.
 */
public record DaySummary(LocalDate date, int ordersPaid, int ordersPickedUp, int cancelled, int rejected,
                         int paymentFailed, long grossSales, long refunded, long netSales, int refundsPending,
                         Duration averageWait, Duration p90Wait, Duration slowestWait,
                         Duration averagePrep, Duration p90Prep, Duration slowestPrep) {
}
