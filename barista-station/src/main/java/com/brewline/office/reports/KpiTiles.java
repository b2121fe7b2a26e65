package com.brewline.office.reports;

import com.brewline.display.I18n;
import com.brewline.office.support.Money;
import com.brewline.report.PeriodFigures;
import com.brewline.report.StaffCallFigures;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/** The report's figures in words: a tile per key figure (this period, the compared one small under it), and the reasons. */
final class KpiTiles {
    private final I18n messages;

    KpiTiles(I18n messages) {
        this.messages = messages;
    }

    /** @param f this period's figures, {@code c} the compared period's */
    List<VBox> tiles(PeriodFigures f, PeriodFigures c) {
        boolean ko = messages.korean();
        return List.of(
                tile("kpi.net", Money.won(f.netSales(), ko), Money.won(c.netSales(), ko)),
                tile("kpi.ordersPaid", Integer.toString(f.ordersPaid()), Integer.toString(c.ordersPaid())),
                tile("kpi.late", Money.percent(f.lateShare()), Money.percent(c.lateShare())),
                tile("kpi.cancelled", Integer.toString(f.cancelled()), Integer.toString(c.cancelled())),
                tile("kpi.rejected", Integer.toString(f.rejected()), Integer.toString(c.rejected())),
                tile("kpi.refunded", Money.won(f.refunded(), ko) + " (" + f.refunds() + ")",
                        Money.won(c.refunded(), ko) + " (" + c.refunds() + ")"),
                tile("kpi.staffCalls", calls(f), calls(c)),
                tile("kpi.staffCallAnswer", answer(f), answer(c)));
    }

    /** "3 (2 answered)": the calls and how many staff acknowledged. */
    String calls(PeriodFigures f) {
        return messages.text("kpi.staffCallsAnswered", f.staffCalls().calls(), f.staffCalls().answered());
    }

    /** The median and slowest answer, "40 s / 1 min 30 s"; a dash when no call was answered. */
    String answer(PeriodFigures f) {
        StaffCallFigures calls = f.staffCalls();
        return calls.answerP50() == null ? "-" : Money.duration(calls.answerP50(), messages.korean()) + " / "
                + Money.duration(calls.answerMax(), messages.korean());
    }

    /** Why orders were cancelled or rejected, with counts. */
    String reasons(PeriodFigures f) {
        StringBuilder sb = new StringBuilder(messages.text("close.reasons")).append(": ");
        List<String> parts = new ArrayList<>();
        f.cancelReasons().forEach((r, n) -> parts.add(messages.text("kpi.cancelled") + " · "
                + (r.isEmpty() ? messages.text("reason.none") : r) + " " + n));
        f.rejectReasons().forEach((r, n) -> parts.add(messages.text("kpi.rejected") + " · "
                + (r.isEmpty() ? messages.text("reason.none") : r) + " " + n));
        return sb.append(parts.isEmpty() ? messages.text("reason.noneAtAll") : String.join(",  ", parts)).toString();
    }

    private VBox tile(String key, String value, String compared) {
        Label title = new Label(messages.text(key));
        title.getStyleClass().add("kpi-title");
        Label big = new Label(value);
        big.getStyleClass().add("kpi-value");
        Label small = new Label(messages.text("kpi.compared", compared));
        small.getStyleClass().add("kpi-compared");
        VBox box = new VBox(2, title, big, small);
        box.getStyleClass().add("kpi");
        box.setId("kpi-" + key.substring(4));
        return box;
    }
}
