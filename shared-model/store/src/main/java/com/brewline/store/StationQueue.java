package com.brewline.store;

import com.brewline.kitchen.ExpoOrder;
import com.brewline.kitchen.PartEvent;
import com.brewline.kitchen.StationRouting;

import java.util.List;
import java.util.Optional;

/**
 * Orders split among stations by {@link StationRouting}: each station claims and bumps only its own
 * part of an order; the order turns READY in the same transaction as the last part's bump (the domain's
 * {@link StationRouting#isReady} decides). Each part change is recorded as a {@link PartEvent}. Claims
 * go first to orders marked urgent ({@link OrderQueue#setUrgent}), then first-in first-out by the order's paid commit. The routing is
 * the caller's (the configuration every process reads); the store keeps only claims, bumps and marks.
 * All methods block on the database: never call them on the FX thread.
 */
public interface StationQueue {

    /**
     * Claims the station's part of the first order (urgent first, then oldest paid) that has a part for
     * it nobody has claimed; a paid order moves to IN_PREPARATION with its first claim. Two processes of
     * the same station never claim the same part.
     */
    Optional<ExpoOrder> claimNext(StationRouting routing, String stationId, String actor);

    /**
     * Claims the station's part of this order (a barista tapped its ticket): the same move as
     * {@link #claimNext} for a chosen order.
     *
     * @throws IllegalStateException when the part is already claimed or bumped; IllegalArgumentException when
     *                               the order has no part for this station. Nothing changes.
     */
    ExpoOrder claim(long orderId, StationRouting routing, String stationId, String actor);

    /**
     * Bumps the station's claimed part; when every station with a part has bumped, the order becomes
     * READY in the same transaction.
     *
     * @throws IllegalStateException when the part is not in preparation; nothing changes
     */
    ExpoOrder bump(long orderId, StationRouting routing, String stationId, String actor);

    /** Takes a part bumped by mistake back into preparation (and a READY order back with it). */
    ExpoOrder recall(long orderId, StationRouting routing, String stationId, String actor);

    /** The station's tickets: open orders with a part for it not yet bumped; urgent first, then oldest paid. */
    List<ExpoOrder> tickets(StationRouting routing, String stationId);

    /** Every open order of the current day (paid, in preparation, ready) with each part's state, same order. */
    List<ExpoOrder> expo(StationRouting routing);

    /** The part changes of one order, oldest first. */
    List<PartEvent> partHistory(long orderId);

    /** The order as the expo sees it. */
    Optional<ExpoOrder> find(long orderId, StationRouting routing);

}
