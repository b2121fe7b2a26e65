package com.brewline.office.app;

import com.brewline.display.Fonts;
import com.brewline.display.I18n;
import com.brewline.config.ConfigFile;
import com.brewline.office.menu.MenuEditorView;
import com.brewline.office.menu.MenuEditorViewModel;
import com.brewline.office.pin.PinChangeView;
import com.brewline.office.pin.PinChangeViewModel;
import com.brewline.office.reports.DayCloseHtml;
import com.brewline.office.reports.ReportsView;
import com.brewline.office.reports.ReportsViewModel;
import com.brewline.office.support.Background;
import com.brewline.office.support.Work;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;

import java.time.LocalDate;

/** Builds the office (reports, menu, PIN) from a context; used by its own window, the station and the tests. */
public final class OfficeScreen implements AutoCloseable {
    public static final String MESSAGES = "com.brewline.office.messages";
    public static final String CSS = "/com/brewline/office/office.css";

    private final Background background = new Background();
    private final I18n messages;
    private final ReportsViewModel reports;
    private final MenuEditorViewModel menu;
    private final PinChangeViewModel pin;
    private final ReportsView reportsView;
    private final MenuEditorView menuView;
    private final PinChangeView pinView;
    private final TabPane tabs;
    private final StackPane root;

    /** On the FX thread. Reads today's figures and the menu at once (off the FX thread). */
    public OfficeScreen(OfficeContext c) {
        Fonts.loadPretendard();
        messages = new I18n(MESSAGES, c.language());
        Work work = new Work(background.executor(), Platform::runLater);
        reports = new ReportsViewModel(c.store().reports(), c.store().alerts(), c.zone(), c.lateAtFraction(),
                LocalDate.now(c.clock().withZone(c.zone())), work, messages::text);
        menu = new MenuEditorViewModel(c.menuFiles(), c.menuConfigured(),
                () -> ConfigFile.put(c.configFile(), c.loader(), null, "menuFile", c.menuFiles().menuFile().toString()),
                work, messages::text, messages.korean());
        pin = new PinChangeViewModel(c.configFile(), c.loader(), c::currentPinHash, work, c.clock(), messages::text);
        reportsView = ReportsView.load(reports, messages,
                () -> new DayCloseHtml(messages::text, messages.korean(), messages.text("office.store")),
                work.runningProperty());
        menuView = MenuEditorView.load(menu, messages);
        pinView = PinChangeView.load(pin, messages);
        tabs = new TabPane(tab("tab.reports", reportsView.root()), tab("tab.menu", menuView.root()),
                tab("tab.pin", pinView.root()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("busy");
        busy.setMaxSize(40, 40);
        busy.visibleProperty().bind(work.runningProperty().greaterThan(0));
        busy.setMouseTransparent(true);
        StackPane.setAlignment(busy, javafx.geometry.Pos.TOP_RIGHT);
        root = new StackPane(tabs, busy);
        root.getStyleClass().add("office-root");
        root.getStylesheets().add(OfficeScreen.class.getResource(CSS).toExternalForm());
        reports.refresh();
        menu.open();
    }

    private Tab tab(String key, Parent content) {
        Tab t = new Tab(messages.text(key), content);
        t.setId(key.replace('.', '-'));
        return t;
    }

    public Parent root() {
        return root;
    }

    public TabPane tabs() {
        return tabs;
    }

    public I18n messages() {
        return messages;
    }

    public ReportsViewModel reports() {
        return reports;
    }

    public MenuEditorViewModel menu() {
        return menu;
    }

    public PinChangeViewModel pin() {
        return pin;
    }

    @Override
    public void close() {
        background.close();
    }
}
