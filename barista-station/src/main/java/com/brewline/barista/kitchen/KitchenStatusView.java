package com.brewline.barista.kitchen;

import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import com.brewline.display.Fonts;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A strip of who is alive: each kiosk, the payment provider, and (with stations) any silent station. */
public final class KitchenStatusView {
    public static final PseudoClass SILENT = PseudoClass.getPseudoClass("silent");
    /** Not yet seen (within the start grace): neither green nor red. */
    public static final PseudoClass UNKNOWN = PseudoClass.getPseudoClass("unknown");

    private final KitchenStatusViewModel vm;

    @FXML private FlowPane root;
    @FXML private Label provider;
    @FXML private Label stations;

    private KitchenStatusView(KitchenStatusViewModel vm) {
        this.vm = vm;
    }

    public static KitchenStatusView load(KitchenStatusViewModel vm) {
        Fonts.loadPretendard(); // Korean glyphs, as every station screen
        KitchenStatusView view = new KitchenStatusView(vm);
        FXMLLoader loader = new FXMLLoader(KitchenStatusView.class.getResource("kitchen-status.fxml"),
                vm.messages().bundle());
        loader.setControllerFactory(type -> view);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("kitchen-status.fxml could not be loaded", e);
        }
        return view;
    }

    @FXML
    private void initialize() {
        provider.textProperty().bind(vm.providerProperty());
        vm.providerDownProperty().addListener((o, was, down) -> showProviderState());
        vm.providerUnknownProperty().addListener((o, was, unknown) -> showProviderState());
        showProviderState();
        stations.textProperty().bind(vm.stationsProperty());
        stations.visibleProperty().bind(vm.stationsProperty().isNotEmpty());
        stations.managedProperty().bind(stations.visibleProperty());
        vm.stationSilentProperty().addListener((o, was, silent) -> showStationState());
        vm.stationUnknownProperty().addListener((o, was, unknown) -> showStationState());
        showStationState();
        vm.kiosks().addListener((ListChangeListener<KitchenStatusViewModel.KioskRow>) c -> showKiosks());
        vm.kioskNotSeenYetProperty().addListener((o, was, notYet) -> showKiosks());
        showKiosks();
    }

    /** Red when the provider does not answer (or the status cannot be read); grey while nobody has asked it yet. */
    private void showProviderState() {
        provider.pseudoClassStateChanged(SILENT, vm.providerDownProperty().get());
        provider.pseudoClassStateChanged(UNKNOWN, vm.providerUnknownProperty().get());
    }

    /** Red when a station is silent; grey while one is only not yet seen; green when all are alive. */
    private void showStationState() {
        boolean silent = vm.stationSilentProperty().get();
        stations.pseudoClassStateChanged(SILENT, silent);
        stations.pseudoClassStateChanged(UNKNOWN, !silent && vm.stationUnknownProperty().get());
    }

    /**
     * The kiosks' chips go right after the title, one per kiosk (or one saying there is none: grey "not seen yet"
     * during the start grace, red after it).
     */
    private void showKiosks() {
        root.getChildren().removeIf(n -> n.getStyleClass().contains("kiosk-chip"));
        int at = 1;
        if (vm.kiosks().isEmpty()) {
            boolean notYet = vm.kioskNotSeenYetProperty().get();
            Label none = chip(vm.messages().text(notYet ? "kiosk.notSeenYet" : "kiosk.none"), false);
            none.pseudoClassStateChanged(SILENT, !notYet);
            none.pseudoClassStateChanged(UNKNOWN, notYet);
            root.getChildren().add(at, none);
        }
        for (KitchenStatusViewModel.KioskRow row : vm.kiosks()) {
            root.getChildren().add(at++, chip(row.text(), row.alive()));
        }
    }

    private static Label chip(String text, boolean alive) {
        Label chip = new Label(text);
        chip.getStyleClass().addAll("status-chip", "kiosk-chip");
        chip.setMinWidth(Label.USE_PREF_SIZE);
        chip.pseudoClassStateChanged(SILENT, !alive);
        return chip;
    }

    public Parent root() {
        return root;
    }
}
