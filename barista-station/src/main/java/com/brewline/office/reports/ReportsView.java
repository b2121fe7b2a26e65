package com.brewline.office.reports;

import com.brewline.display.I18n;
import com.brewline.report.Period;
import com.brewline.report.PeriodFigures;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.stage.FileChooser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
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
    private KpiTiles tiles;
    private ReportCharts charts;

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
        this.tiles = new KpiTiles(m);
        this.charts = new ReportCharts(salesChart, ordersChart, waitChart, prepChart, m);
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
        kpis.getChildren().setAll(tiles.tiles(f, c));
        charts.show(f, c);
        reasons.setText(tiles.reasons(f));
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
