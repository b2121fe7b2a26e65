package com.brewline.report;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StaffCallFiguresTest {
    private static final Instant T = Instant.parse("2026-11-23T01:00:00Z");

    private static StaffCallFigures.Call answeredAfter(long seconds) {
        return new StaffCallFigures.Call(T, T.plusSeconds(seconds));
    }

    @Test
    void answerTimesAreNearestRankOverTheAnsweredCallsAndNeverNegative() {
        StaffCallFigures f = StaffCallFigures.of(List.of(answeredAfter(40), answeredAfter(10), answeredAfter(90),
                new StaffCallFigures.Call(T, null), answeredAfter(-30))); // a clock set back: 0, not -30 s
        assertThat(f.calls()).isEqualTo(5);
        assertThat(f.answered()).isEqualTo(4);
        assertThat(f.unanswered()).isEqualTo(1);
        assertThat(f.answerP50()).isEqualTo(Duration.ofSeconds(10)); // 0, 10 | 40, 90
        assertThat(f.answerMax()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void noAnsweredCallHasNoAnswerTime() {
        assertThat(StaffCallFigures.of(List.of())).isEqualTo(StaffCallFigures.NONE);
        StaffCallFigures open = StaffCallFigures.of(List.of(new StaffCallFigures.Call(T, null)));
        assertThat(open.unanswered()).isEqualTo(1);
        assertThat(open.answerP50()).isNull();
        assertThat(open.answerMax()).isNull();
    }
}
