package com.brewline.kitchen;

/** The kinds of process that write a heartbeat. */
public enum ProcessKind {
    KIOSK,
    STATION,
    PICKUP_BOARD,
    PAYMENT_JOBS
}
