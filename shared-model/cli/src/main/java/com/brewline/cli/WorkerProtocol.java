package com.brewline.cli;

import java.util.Optional;

/**
 * The lines a worker process prints on stdout for the process that started it. They carry a marker so
 * that anything else a library prints cannot be mistaken for them.
 */
final class WorkerProtocol {
    static final String MARK = "@@brewline ";
    /** {@code PLACED orderId pickupNumber committedAtMillis} */
    static final String PLACED = "PLACED";
    /** {@code FAILED reason...}: a payment that did not go through */
    static final String FAILED = "FAILED";
    /** {@code READY}: a worker is set up and listening */
    static final String READY = "READY";
    /** {@code SEEN orderId seenAtMillis}: an order noticed through the change feed */
    static final String SEEN = "SEEN";
    /** {@code PACED pauses resumes waitShown pausedMillis longestWaitSeconds}: the kiosk's pacing, before DONE */
    static final String PACED = "PACED";
    /** {@code DONE placed failed startMillis endMillis paidCommitNanos} */
    static final String DONE = "DONE";

    private WorkerProtocol() {
    }

    static String line(String kind, Object... fields) {
        StringBuilder sb = new StringBuilder(MARK).append(kind);
        for (Object f : fields) {
            sb.append(' ').append(f);
        }
        return sb.toString();
    }

    /** The fields of a protocol line (kind first), or empty for any other line. */
    static Optional<String[]> parse(String line) {
        if (!line.startsWith(MARK)) {
            return Optional.empty();
        }
        return Optional.of(line.substring(MARK.length()).split(" ", -1));
    }
}
