package com.brewline.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How often customers called staff from a kiosk in a period, and how fast staff answered (issues 11, 13):
 * the answer time of a call is from the moment it was raised to the station's acknowledgement, never negative
 * (a clock set back counts as 0). Percentiles by nearest rank over the answered calls, as every report figure.
 *
 * @param answerP50 null when no call was answered
 * @param answerMax null when no call was answered
 */
public record StaffCallFigures(int calls, int answered, Duration answerP50, Duration answerMax) {
    /** No call in the period. */
    public static final StaffCallFigures NONE = new StaffCallFigures(0, 0, null, null);

    /** One press of "call staff"; {@code answeredAt} null while nobody acknowledged it. */
    public record Call(Instant raisedAt, Instant answeredAt) {
    }

    public StaffCallFigures {
        if (calls < 0 || answered < 0 || answered > calls) {
            throw new IllegalArgumentException("staff calls: " + answered + " answered of " + calls);
        }
    }

    public static StaffCallFigures of(List<Call> calls) {
        List<Long> answerMillis = new ArrayList<>();
        for (Call call : calls) {
            if (call.answeredAt() != null) {
                answerMillis.add(Math.max(0, Duration.between(call.raisedAt(), call.answeredAt()).toMillis()));
            }
        }
        if (answerMillis.isEmpty()) {
            return new StaffCallFigures(calls.size(), 0, null, null);
        }
        Collections.sort(answerMillis);
        int rank = (int) Math.ceil(0.5 * answerMillis.size());
        return new StaffCallFigures(calls.size(), answerMillis.size(), Duration.ofMillis(answerMillis.get(rank - 1)),
                Duration.ofMillis(answerMillis.get(answerMillis.size() - 1)));
    }

    /** Calls nobody acknowledged (still open, or the kiosk's customer left and it was never resolved). */
    public int unanswered() {
        return calls - answered;
    }
}
