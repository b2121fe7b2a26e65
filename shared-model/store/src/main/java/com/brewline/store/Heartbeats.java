package com.brewline.store;

import com.brewline.kitchen.Heartbeat;

import java.util.List;

/**
 * Every screen process and the payment jobs say they are alive here, about every 10 s; one row per
 * process (kind and name), replaced by each beat. Whether a process is silent is the domain's call
 * ({@link Heartbeat#isSilent}), never the store's.
 */
public interface Heartbeats {
    void beat(Heartbeat heartbeat);

    /** Every process that ever beat, by kind and name. */
    List<Heartbeat> all();
}
