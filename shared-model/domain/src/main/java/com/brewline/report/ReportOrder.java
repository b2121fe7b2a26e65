package com.brewline.report;

import com.brewline.model.Order;

import java.time.LocalDate;

/**
 * One paid order as the owner's figures need it: the order with its frozen lines, the date of its
 * business day, the provider's payment key, its refund (0 and null when none) and the reason given
 * when it was cancelled or rejected. Plain rows from the store; every figure is computed in
 * {@link PeriodFigures} so that every store engine gives the same numbers.
 */
public record ReportOrder(Order order, LocalDate businessDate, String paymentKey, long refundAmount,
                          String refundStatus, String reason) {
    public boolean refunded() {
        return refundStatus != null;
    }
}
