package com.brewline.office.reports;

import com.brewline.display.I18n;
import com.brewline.report.PeriodFigures;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** The report's four charts: sales, orders and the wait by hour, this period beside the other; prep time per item. */
final class ReportCharts {
    private final BarChart<String, Number> salesChart;
    private final BarChart<String, Number> ordersChart;
    private final LineChart<String, Number> waitChart;
    private final BarChart<String, Number> prepChart;
    private final I18n messages;

    ReportCharts(BarChart<String, Number> salesChart, BarChart<String, Number> ordersChart,
                 LineChart<String, Number> waitChart, BarChart<String, Number> prepChart, I18n messages) {
        this.salesChart = salesChart;
        this.ordersChart = ordersChart;
        this.waitChart = waitChart;
        this.prepChart = prepChart;
        this.messages = messages;
        // orders are counted whole: no 0.5 on the axis
        ((NumberAxis) ordersChart.getYAxis()).setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Long.parseLong(s);
            }
        });
    }

    /** @param f this period's figures, {@code c} the compared period's */
    void show(PeriodFigures f, PeriodFigures c) {
        List<Integer> hours = hours(f, c);
        String now = messages.text("series.thisPeriod");
        String before = messages.text("series.comparison");
        salesChart.getData().setAll(List.of(
                series(now, hours, h -> f.hours().get(h).netSales()),
                series(before, hours, h -> c.hours().get(h).netSales())));
        ordersChart.getData().setAll(List.of(
                series(now, hours, h -> f.hours().get(h).orders()),
                series(before, hours, h -> c.hours().get(h).orders())));
        // an hour in which no order became ready has no wait: no point, rather than a misleading 0. The hours are
        // fixed on the axis first: left to auto-ranging, they come in the order the two series first name them
        CategoryAxis waitHours = (CategoryAxis) waitChart.getXAxis();
        waitHours.setAutoRanging(false);
        waitHours.getCategories().setAll(hours.stream().map(h -> String.format("%02d", h)).toList());
        waitChart.getData().setAll(List.of(
                series(now, hours.stream().filter(h -> f.hours().get(h).waited() > 0).toList(),
                        h -> f.hours().get(h).averageWait().toMillis() / 1000.0),
                series(before, hours.stream().filter(h -> c.hours().get(h).waited() > 0).toList(),
                        h -> c.hours().get(h).averageWait().toMillis() / 1000.0)));
        boolean ko = messages.korean();
        XYChart.Series<String, Number> p50 = new XYChart.Series<>();
        p50.setName(messages.text("series.p50"));
        XYChart.Series<String, Number> p90 = new XYChart.Series<>();
        p90.setName(messages.text("series.p90"));
        for (PeriodFigures.ItemPrep item : f.prepByItem()) {
            p50.getData().add(new XYChart.Data<>(item.name(ko), item.p50().toMillis() / 1000.0));
            p90.getData().add(new XYChart.Data<>(item.name(ko), item.p90().toMillis() / 1000.0));
        }
        prepChart.getData().setAll(List.of(p50, p90));
    }

    /** The hours either period had orders in (8 to 20 when neither had any). */
    static List<Integer> hours(PeriodFigures f, PeriodFigures c) {
        int first = Math.min(f.busyHours().get(0).hour(), c.busyHours().get(0).hour());
        int last = Math.max(f.busyHours().get(f.busyHours().size() - 1).hour(),
                c.busyHours().get(c.busyHours().size() - 1).hour());
        if (f.ordersPaid() == 0 && c.ordersPaid() > 0) {
            first = c.busyHours().get(0).hour();
            last = c.busyHours().get(c.busyHours().size() - 1).hour();
        } else if (c.ordersPaid() == 0 && f.ordersPaid() > 0) {
            first = f.busyHours().get(0).hour();
            last = f.busyHours().get(f.busyHours().size() - 1).hour();
        }
        List<Integer> hours = new ArrayList<>();
        for (int h = first; h <= last; h++) {
            hours.add(h);
        }
        return hours;
    }

    private static XYChart.Series<String, Number> series(String name, List<Integer> hours, IntFunction<Number> value) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (int h : hours) {
            s.getData().add(new XYChart.Data<>(String.format("%02d", h), value.apply(h)));
        }
        return s;
    }
}
