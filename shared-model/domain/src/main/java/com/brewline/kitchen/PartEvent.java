package com.brewline.kitchen;

import java.time.Instant;

/** One change of a station's part of an order, as recorded: {@code from} is WAITING for a first claim. */
public record PartEvent(long orderId, String stationId, PartState from, PartState to, Instant at, String actor,
                        String reason) {
}
