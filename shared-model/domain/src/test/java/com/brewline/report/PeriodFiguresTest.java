package com.brewline.report;

import com.brewline.model.DiningOption;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;
import com.brewline.model.OrderStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodFiguresTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    private static Instant at(int hour, int minute, int second) {
        return ZonedDateTime.of(DAY, java.time.LocalTime.of(hour, minute, second), SEOUL).toInstant();
    }

    private static OrderLine americano(int qty) {
        return new OrderLine("americano", "아메리카노", "Americano", List.of(), qty, 4500, 60);
    }

    private static OrderLine cake(int qty) {
        return new OrderLine("cake", "케이크", "Cake", List.of(), qty, 6000, 30);
    }

    private static ReportOrder row(long id, OrderStatus status, List<OrderLine> lines, Instant paid, Instant started,
                                   Instant ready, long refund, String refundStatus, String reason) {
        long total = lines.stream().mapToLong(OrderLine::lineTotal).sum();
        Order o = new Order(id, "ORDER-" + id, 1, (int) id, status, DiningOption.TAKEOUT, "K1", lines, total, paid,
                paid, started, ready, null, lines.stream().map(l -> false).toList());
        return new ReportOrder(o, DAY, "PK" + id, refund, refundStatus, reason);
    }

    @Test
    void hoursSalesWaitsPrepAndLateFromPlainRows() {
        List<ReportOrder> rows = List.of(
                // 09:10 paid, started 09:11, ready 09:12: waited 120 s for a 60 s target -> late (>= 1.5)
                row(1, OrderStatus.PICKED_UP, List.of(americano(1)), at(9, 10, 0), at(9, 11, 0), at(9, 12, 0),
                        0, null, null),
                // 09:40 paid, ready after 60 s: on time; prep 30 s shared 60:30 between the lines
                row(2, OrderStatus.READY, List.of(americano(1), cake(1)), at(9, 40, 0), at(9, 40, 30),
                        at(9, 41, 0), 0, null, null),
                // 10:05 paid then cancelled with a refund sent
                row(3, OrderStatus.CANCELLED, List.of(cake(2)), at(10, 5, 0), null, null, 12000, "DONE",
                        "changed my mind"),
                // 10:20 rejected, refund still pending
                row(4, OrderStatus.REJECTED, List.of(americano(2)), at(10, 20, 0), null, null, 9000, "PENDING",
                        "out of milk"));
        PeriodFigures f = PeriodFigures.compute(Period.day(DAY), rows, SEOUL, 1.5, StaffCallFigures.NONE);

        assertThat(f.ordersPaid()).isEqualTo(4);
        assertThat(f.grossSales()).isEqualTo(4500 + 10500 + 12000 + 9000);
        assertThat(f.refunded()).isEqualTo(21000);
        assertThat(f.netSales()).isEqualTo(15000);
        assertThat(f.hours()).hasSize(24);
        assertThat(f.hours().get(9).orders()).isEqualTo(2);
        assertThat(f.hours().get(9).netSales()).isEqualTo(15000);
        assertThat(f.hours().get(9).averageWait()).isEqualTo(Duration.ofSeconds(90));
        assertThat(f.hours().get(10).orders()).isEqualTo(2);
        assertThat(f.hours().get(10).netSales()).isZero();
        assertThat(f.hours().get(10).averageWait()).isEqualTo(Duration.ZERO);
        assertThat(f.ordersReady()).isEqualTo(2);
        assertThat(f.lateOrders()).isEqualTo(1);
        assertThat(f.lateShare()).isEqualTo(0.5);
        assertThat(f.cancelReasons()).containsEntry("changed my mind", 1);
        assertThat(f.rejectReasons()).containsEntry("out of milk", 1);
        assertThat(f.refunds()).isEqualTo(2);
        assertThat(f.refundsPending()).isEqualTo(1);
        assertThat(f.staffCalls().calls()).isZero();
        // americano: 60 s (order 1) and 20 s (2/3 of order 2's 30 s); cake 10 s
        PeriodFigures.ItemPrep americano = f.prepByItem().stream().filter(p -> p.itemId().equals("americano"))
                .findFirst().orElseThrow();
        assertThat(americano.samples()).isEqualTo(2);
        assertThat(americano.p50()).isEqualTo(Duration.ofSeconds(20));
        assertThat(americano.p90()).isEqualTo(Duration.ofSeconds(60));
        assertThat(f.busyHours()).extracting(PeriodFigures.HourFigures::hour).containsExactly(9, 10);
    }

    @Test
    void aClockSetBackNeverGivesANegativeDuration() {
        ReportOrder backwards = row(1, OrderStatus.PICKED_UP, List.of(americano(1)), at(9, 10, 0), at(8, 0, 0),
                at(8, 5, 0), 0, null, null);
        PeriodFigures f = PeriodFigures.compute(Period.day(DAY), List.of(backwards), SEOUL, 1.5, StaffCallFigures.NONE);
        assertThat(f.hours().get(9).averageWait()).isEqualTo(Duration.ZERO);
        assertThat(f.prepByItem().get(0).p90()).isEqualTo(Duration.ofMinutes(5)); // started to ready is fine
        assertThat(f.lateOrders()).isZero();
    }

    @Test
    void hoursAreTheStoreTimeZones() {
        ReportOrder r = row(1, OrderStatus.PAID, List.of(americano(1)), at(8, 30, 0), null, null, 0, null, null);
        assertThat(PeriodFigures.compute(Period.day(DAY), List.of(r), SEOUL, 1.5, StaffCallFigures.NONE)
                .hours().get(8).orders()).isEqualTo(1);
        assertThat(PeriodFigures.compute(Period.day(DAY), List.of(r), ZoneId.of("UTC"), 1.5, StaffCallFigures.NONE)
                .hours().get(23).orders()).isEqualTo(1);
    }

    @Test
    void periodsAndWhatTheyAreComparedWith() {
        assertThat(Period.week(LocalDate.of(2026, 11, 27))).isEqualTo(new Period(Period.Kind.WEEK,
                LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29)));
        assertThat(Period.week(DAY).comparison().from()).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(Period.month(DAY).comparison()).isEqualTo(Period.month(LocalDate.of(2026, 10, 1)));
        assertThat(Period.month(LocalDate.of(2026, 3, 31)).comparison().toInclusive())
                .isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Period.day(DAY).comparison().from()).isEqualTo(DAY.minusWeeks(4));
        assertThat(Period.between(DAY, DAY.plusDays(2)).comparison().from()).isEqualTo(DAY.minusMonths(1));
        assertThat(Period.between(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29))).isEqualTo(Period.week(DAY));
        assertThat(Period.between(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))).isEqualTo(Period.month(DAY));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Period.between(DAY, DAY.minusDays(1)));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Period.between(DAY, DAY.plusYears(2)));
    }

    @Test
    void csvHasOneRowPerPaidOrderQuotedAndFormulaSafe() {
        OrderLine odd = new OrderLine("x", "=HYPERLINK(\"evil\")", "x", List.of(), 1, 1100, 10);
        ReportOrder r = row(7, OrderStatus.REJECTED, List.of(odd, americano(2)), at(9, 0, 5), null, null, 10100,
                "PENDING", "broken");
        String csv = OrdersCsv.write(Period.day(DAY), List.of(r), SEOUL);
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo(OrdersCsv.HEADER);
        assertThat(lines[1]).isEqualTo("2026-11-27 09:00:05,2026-11-27,7,\"'=HYPERLINK(\"\"evil\"\") x1; 아메리카노 x2\","
                + "10100,918,9182,PK7,REJECTED,10100,PENDING");
    }
}
