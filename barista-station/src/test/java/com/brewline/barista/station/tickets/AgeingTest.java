package com.brewline.barista.station.tickets;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue ages by commit order: a wall clock set back between two payments never makes the later ticket look older. */
class AgeingTest {
    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void aLaterTicketPaidUnderAClockSetBackStartsItsTimerAtTheEarlierTicket() {
        List<Instant> starts = Ageing.timerStarts(List.of(NINE, NINE.minusSeconds(3600), NINE.plusSeconds(60)));
        assertThat(starts).containsExactly(NINE, NINE, NINE.plusSeconds(60));
    }

    @Test
    void ticketsWithoutAPaymentTimeTakeTheOneBefore() {
        assertThat(Ageing.timerStarts(Arrays.asList(null, NINE, null))).containsExactly(null, NINE, NINE);
    }
}
