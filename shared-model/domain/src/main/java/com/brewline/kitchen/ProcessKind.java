package com.brewline.kitchen;

/** The kinds of process that write a heartbeat. */
public enum ProcessKind {
    KIOSK,
    STATION,
    PICKUP_BOARD,
    /** An expo screen: sees every station, works at none. */
    EXPO,
    PAYMENT_JOBS
}
