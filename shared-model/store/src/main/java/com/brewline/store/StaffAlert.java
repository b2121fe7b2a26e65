package com.brewline.store;

import java.time.Instant;

/** One open (or resolved) problem for staff; {@code count} is how often it was raised while open. */
public record StaffAlert(long id, String source, String kind, String message, int count, Instant raisedAt,
                        Instant lastAt, Instant resolvedAt, String resolvedBy) {
}
