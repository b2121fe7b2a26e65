package com.brewline.kitchen;

import java.time.Instant;

/** One station's part of an order as the expo sees it; times are null until they happen. */
public record OrderPart(long orderId, String stationId, PartState state, int targetSeconds, Instant claimedAt,
                        Instant bumpedAt) {
}
