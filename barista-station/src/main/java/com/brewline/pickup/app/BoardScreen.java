package com.brewline.pickup.app;

import com.brewline.barista.app.DisplayContext;
import com.brewline.barista.support.Chime;
import com.brewline.barista.support.Fonts;
import com.brewline.barista.support.Messages;
import com.brewline.pickup.board.BoardView;
import com.brewline.pickup.board.BoardViewModel;
import javafx.application.Platform;

import java.time.Duration;

/** Builds the pickup board's view model and view from a context; used by the app and by the tests. */
public final class BoardScreen implements AutoCloseable {
    public static final String MESSAGES = "com.brewline.pickup.messages";
    /** How long a number that just turned ready stays highlighted. */
    public static final Duration HIGHLIGHT_FOR = Duration.ofSeconds(20);

    private final BoardViewModel viewModel;
    private final BoardView view;
    private final Chime chime;
    private final Messages messages;

    private BoardScreen(BoardViewModel viewModel, BoardView view, Chime chime, Messages messages) {
        this.viewModel = viewModel;
        this.view = view;
        this.chime = chime;
        this.messages = messages;
    }

    /** On the FX thread. Reads only the store's read model. */
    public static BoardScreen create(DisplayContext context) {
        Fonts.loadPretendard();
        Chime chime = new Chime(context.settings().sound());
        Messages messages = Messages.load(MESSAGES, context.settings().language());
        BoardViewModel vm = new BoardViewModel(context.store().readModel(), context.store().changes(),
                context.settings().readyShownFor(), HIGHLIGHT_FOR, context.clock(), Platform::runLater, chime);
        BoardView view = BoardView.load(vm, messages);
        vm.start();
        return new BoardScreen(vm, view, chime, messages);
    }

    public BoardViewModel viewModel() {
        return viewModel;
    }

    public BoardView view() {
        return view;
    }

    public Chime chime() {
        return chime;
    }

    public Messages messages() {
        return messages;
    }

    @Override
    public void close() {
        view.stop();
        viewModel.close();
        chime.close();
    }
}
