package com.brewline.office.reports;

import com.brewline.json.AtomicFiles;
import com.brewline.model.DaySummary;
import com.brewline.office.support.Work;
import com.brewline.report.OrdersCsv;
import com.brewline.report.Period;
import com.brewline.report.PeriodFigures;
import com.brewline.report.ReportOrder;
import com.brewline.store.Reports;
import com.brewline.store.StaffAlerts;
import com.brewline.store.StaffCalls;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/**
 * The owner's figures for a day, week or month beside the period they are compared with, read off the
 * FX thread. The same computation as {@code brewline report --from/--to} (the domain's
 * {@link PeriodFigures}), so the two agree to the won and the millisecond.
 */
public final class ReportsViewModel {
    private final Reports reports;
    private final StaffAlerts alerts;
    private final ZoneId zone;
    private final double lateAtFraction;
    private final Work work;
    private final Function<String, String> text;

    private final ObjectProperty<Period.Kind> kind = new SimpleObjectProperty<>(Period.Kind.DAY);
    private final ObjectProperty<LocalDate> anchor = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<PeriodFigures> figures = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PeriodFigures> comparison = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private long generation;

    /**
     * @param text the screen's messages by key (a key with arguments is formatted by {@code format})
     */
    public ReportsViewModel(Reports reports, StaffAlerts alerts, ZoneId zone, double lateAtFraction, LocalDate today,
                            Work work, Function<String, String> text) {
        this.reports = reports;
        this.alerts = alerts;
        this.zone = zone;
        this.lateAtFraction = lateAtFraction;
        this.work = work;
        this.text = text;
        anchor.set(today);
        kind.addListener((o, a, b) -> refresh());
        anchor.addListener((o, a, b) -> refresh());
    }

    public ObjectProperty<Period.Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> anchorProperty() {
        return anchor;
    }

    public ReadOnlyObjectProperty<PeriodFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PeriodFigures> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Period period() {
        return Period.of(kind.get(), anchor.get());
    }

    public ZoneId zone() {
        return zone;
    }

    /** Moves the period one step back (-1) or forward (+1). */
    public void step(int direction) {
        LocalDate a = anchor.get();
        anchor.set(switch (kind.get()) {
            case DAY, CUSTOM -> a.plusDays(direction);
            case WEEK -> a.plusWeeks(direction);
            case MONTH -> a.plusMonths(direction);
        });
    }

    /** Reads the period and its comparison again (a later answer replaces an earlier one, never the reverse). */
    public void refresh() {
        Period period = period();
        Period earlier = period.comparison();
        long mine = ++generation;
        work.run(() -> new PeriodFigures[]{compute(period), compute(earlier)}, result -> {
            if (mine == generation) {
                figures.set(result[0]);
                comparison.set(result[1]);
                message.set("");
            }
        }, e -> message.set(text.apply("reports.failed") + " " + e.getMessage()));
    }

    private PeriodFigures compute(Period p) {
        List<ReportOrder> rows = reports.paidOrders(p.from(), p.toInclusive());
        return PeriodFigures.compute(p, rows, zone, lateAtFraction,
                StaffCalls.figures(alerts, p.from(), p.toInclusive(), zone));
    }

    /** The period's paid orders as the accountant's CSV (as {@code brewline report --csv}, with a BOM for Excel). */
    public void exportCsv(Path target) {
        Period period = period();
        work.run(() -> {
            String csv = OrdersCsv.write(period, reports.paidOrders(period.from(), period.toInclusive()), zone);
            write(target, OrdersCsv.BYTE_ORDER_MARK + csv);
            return target;
        }, t -> message.set(text.apply("reports.exported") + " " + t), e -> message.set(
                text.apply("reports.exportFailed") + " " + e.getMessage()));
    }

    /** The day's close as one printable HTML page (the day of the period's first date when a day is shown). */
    public void exportDayClose(Path target, DayCloseHtml page) {
        LocalDate day = anchor.get();
        work.run(() -> {
            Period p = Period.day(day);
            PeriodFigures f = compute(p);
            DaySummary summary = reports.daySummary(day);
            write(target, page.render(f, summary));
            return target;
        }, t -> message.set(text.apply("reports.exported") + " " + t), e -> message.set(
                text.apply("reports.exportFailed") + " " + e.getMessage()));
    }

    private static void write(Path target, String content) {
        try {
            AtomicFiles.write(target.toAbsolutePath(), content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
