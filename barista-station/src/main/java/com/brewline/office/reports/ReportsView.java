package com.brewline.office.reports;

import com.brewline.display.I18n;
import com.brewline.office.support.Money;
import com.brewline.report.Period;
import com.brewline.report.PeriodFigures;
import com.brewline.report.StaffCallFigures;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** The figures as charts and tiles: this period beside the one it is compared with. */
public final class ReportsView {
    @FXML private BorderPane root;
    @FXML private ToggleButton dayToggle;
    @FXML private ToggleButton weekToggle;
    @FXML private ToggleButton monthToggle;
    @FXML private Label periodLabel;
    @FXML private Label comparisonLabel;
    @FXML private ProgressIndicator busy;
    @FXML private FlowPane kpis;
    @FXML private BarChart<String, Number> salesChart;
    @FXML private BarChart<String, Number> ordersChart;
    @FXML private LineChart<String, Number> waitChart;
    @FXML private BarChart<String, Number> prepChart;
    @FXML private Label reasons;
    @FXML private Label message;

    private ReportsViewModel vm;
    private I18n messages;
    private Supplier<DayCloseHtml> closePage;

    public static ReportsView load(ReportsViewModel vm, I18n messages, Supplier<DayCloseHtml> closePage,
                                   javafx.beans.value.ObservableValue<Number> running) {
        FXMLLoader loader = new FXMLLoader(ReportsView.class.getResource("/com/brewline/office/reports/reports.fxml"),
                messages.bundle());
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReportsView view = loader.getController();
        view.bind(vm, messages, closePage, running);
        return view;
    }

    public Parent root() {
        return root;
    }

    private void bind(ReportsViewModel viewModel, I18n m, Supplier<DayCloseHtml> page,
                      javafx.beans.value.ObservableValue<Number> running) {
        this.vm = viewModel;
        this.messages = m;
        this.closePage = page;
        ToggleGroup group = new ToggleGroup();
        Map<ToggleButton, Period.Kind> kinds = Map.of(dayToggle, Period.Kind.DAY, weekToggle, Period.Kind.WEEK,
                monthToggle, Period.Kind.MONTH);
        kinds.forEach((button, kind) -> {
            button.setToggleGroup(group);
            button.setSelected(vm.kindProperty().get() == kind);
        });
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one period is always chosen
            } else {
                vm.kindProperty().set(kinds.get((ToggleButton) now));
            }
        });
        busy.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> running.getValue().intValue() > 0, running));
        message.textProperty().bind(vm.messageProperty());
        vm.figuresProperty().addListener((o, a, b) -> show());
        vm.comparisonProperty().addListener((o, a, b) -> show());
        vm.kindProperty().addListener((o, a, b) -> labels());
        vm.anchorProperty().addListener((o, a, b) -> labels());
        javafx.scene.chart.NumberAxis counts = (javafx.scene.chart.NumberAxis) ordersChart.getYAxis();
        counts.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Long.parseLong(s);
            }
        });
        labels();
        show();
    }

    private void labels() {
        Period p = vm.period();
        periodLabel.setText(describe(p));
        comparisonLabel.setText(messages.text("period.comparedWith", describe(p.comparison())));
    }

    private String describe(Period p) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern(messages.korean() ? "yyyy년 M월 d일 (E)" : "EEE d MMM yyyy",
                messages.korean() ? Locale.KOREAN : Locale.ENGLISH);
        if (p.kind() == Period.Kind.MONTH) {
            return DateTimeFormatter.ofPattern(messages.korean() ? "yyyy년 M월" : "MMMM yyyy",
                    messages.korean() ? Locale.KOREAN : Locale.ENGLISH).format(p.from());
        }
        return p.from().equals(p.toInclusive()) ? f.format(p.from()) : f.format(p.from()) + " – " + f.format(p.toInclusive());
    }

    private void show() {
        PeriodFigures f = vm.figuresProperty().get();
        PeriodFigures c = vm.comparisonProperty().get();
        if (f == null || c == null) {
            return;
        }
        boolean ko = messages.korean();
        kpis.getChildren().setAll(
                tile("kpi.net", Money.won(f.netSales(), ko), Money.won(c.netSales(), ko)),
                tile("kpi.ordersPaid", Integer.toString(f.ordersPaid()), Integer.toString(c.ordersPaid())),
                tile("kpi.late", Money.percent(f.lateShare()), Money.percent(c.lateShare())),
                tile("kpi.cancelled", Integer.toString(f.cancelled()), Integer.toString(c.cancelled())),
                tile("kpi.rejected", Integer.toString(f.rejected()), Integer.toString(c.rejected())),
                tile("kpi.refunded", Money.won(f.refunded(), ko) + " (" + f.refunds() + ")",
                        Money.won(c.refunded(), ko) + " (" + c.refunds() + ")"),
                tile("kpi.staffCalls", calls(f), calls(c)),
                tile("kpi.staffCallAnswer", answer(f), answer(c)));
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
        javafx.scene.chart.CategoryAxis waitHours = (javafx.scene.chart.CategoryAxis) waitChart.getXAxis();
        waitHours.setAutoRanging(false);
        waitHours.getCategories().setAll(hours.stream().map(h -> String.format("%02d", h)).toList());
        waitChart.getData().setAll(List.of(
                series(now, hours.stream().filter(h -> f.hours().get(h).waited() > 0).toList(),
                        h -> f.hours().get(h).averageWait().toMillis() / 1000.0),
                series(before, hours.stream().filter(h -> c.hours().get(h).waited() > 0).toList(),
                        h -> c.hours().get(h).averageWait().toMillis() / 1000.0)));
        XYChart.Series<String, Number> p50 = new XYChart.Series<>();
        p50.setName(messages.text("series.p50"));
        XYChart.Series<String, Number> p90 = new XYChart.Series<>();
        p90.setName(messages.text("series.p90"));
        for (PeriodFigures.ItemPrep item : f.prepByItem()) {
            p50.getData().add(new XYChart.Data<>(item.name(ko), item.p50().toMillis() / 1000.0));
            p90.getData().add(new XYChart.Data<>(item.name(ko), item.p90().toMillis() / 1000.0));
        }
        prepChart.getData().setAll(List.of(p50, p90));
        reasons.setText(reasonsText(f));
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

    private String reasonsText(PeriodFigures f) {
        StringBuilder sb = new StringBuilder(messages.text("close.reasons")).append(": ");
        List<String> parts = new ArrayList<>();
        f.cancelReasons().forEach((r, n) -> parts.add(messages.text("kpi.cancelled") + " · "
                + (r.isEmpty() ? messages.text("reason.none") : r) + " " + n));
        f.rejectReasons().forEach((r, n) -> parts.add(messages.text("kpi.rejected") + " · "
                + (r.isEmpty() ? messages.text("reason.none") : r) + " " + n));
        return sb.append(parts.isEmpty() ? messages.text("reason.noneAtAll") : String.join(",  ", parts)).toString();
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

    private static XYChart.Series<String, Number> series(String name, List<Integer> hours,
                                                         java.util.function.IntFunction<Number> value) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (int h : hours) {
            s.getData().add(new XYChart.Data<>(String.format("%02d", h), value.apply(h)));
        }
        return s;
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

    @FXML
    private void onPrevious() {
        vm.step(-1);
    }

    @FXML
    private void onNext() {
        vm.step(1);
    }

    @FXML
    private void onExportCsv() {
        Period p = vm.period();
        File file = choose("brewline-" + p.from() + "_" + p.toInclusive() + ".csv", "CSV", "*.csv");
        if (file != null) {
            vm.exportCsv(file.toPath());
        }
    }

    @FXML
    private void onExportClose() {
        File file = choose("brewline-close-" + vm.anchorProperty().get() + ".html", "HTML", "*.html");
        if (file != null) {
            vm.exportDayClose(file.toPath(), closePage.get());
        }
    }

    private File choose(String name, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        return chooser.showSaveDialog(root.getScene().getWindow());
    }
}
