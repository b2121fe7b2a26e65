package com.brewline.barista.app;

import com.brewline.screens.DisplayContext;
import com.brewline.screens.DisplaySettings;

import com.brewline.barista.station.tickets.Ageing;
import com.brewline.barista.station.work.Workplace;
import com.brewline.barista.station.StationView;
import com.brewline.barista.station.StationViewModel;
import com.brewline.display.Chime;
import com.brewline.display.Fonts;
import com.brewline.display.I18n;
import javafx.application.Platform;

/** Builds the station's view model and view from a context; used by the app and by the tests alike. */
public final class StationScreen implements AutoCloseable {
    public static final String MESSAGES = "com.brewline.barista.messages";

    private final StationViewModel viewModel;
    private final StationView view;
    private final Chime chime;

    private StationScreen(StationViewModel viewModel, StationView view, Chime chime) {
        this.viewModel = viewModel;
        this.view = view;
        this.chime = chime;
    }

    /** On the FX thread. Starts listening to the store at once. */
    public static StationScreen create(DisplayContext context) {
        Fonts.loadPretendard();
        DisplaySettings s = context.settings();
        Chime chime = new Chime(s.sound());
        StationViewModel vm = new StationViewModel(context.store(), context.refunds(), context.menu(), s.stationId(),
                Workplace.of(s.routing(), s.stationId()), new Ageing(s.warningAtTargetFraction(), s.lateAtTargetFraction()), context.clock(), Platform::runLater,
                chime, new I18n(MESSAGES, s.language()));
        StationView view = StationView.load(vm);
        view.setOnOpenOffice(() -> com.brewline.office.app.OfficeEntry.open(view.root().getScene().getWindow(),
                context.store(), s.language(), context.clock()));
        vm.start();
        return new StationScreen(vm, view, chime);
    }

    public StationViewModel viewModel() {
        return viewModel;
    }

    public StationView view() {
        return view;
    }

    public Chime chime() {
        return chime;
    }

    @Override
    public void close() {
        view.stop();
        viewModel.close();
        chime.close();
    }
}
