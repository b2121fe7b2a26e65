package com.brewline.pickup.app;

import com.brewline.display.CallQueue;
import com.brewline.display.Chime;
import com.brewline.display.Fonts;
import com.brewline.display.I18n;
import com.brewline.display.Speech;
import com.brewline.pickup.board.BoardView;
import com.brewline.pickup.board.BoardViewModel;
import com.brewline.screens.DisplayContext;
import javafx.application.Platform;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Builds the pickup board's view model and view from a context; used by the app and by the tests. */
public final class BoardScreen implements AutoCloseable {
    public static final String MESSAGES = "com.brewline.pickup.messages";
    /** How long a number that just turned ready stays highlighted. */
    public static final Duration HIGHLIGHT_FOR = Duration.ofSeconds(20);
    /** How long a cancelled or rejected number says "please see the counter". */
    public static final Duration STOPPED_SHOWN_FOR = Duration.ofMinutes(10);

    private final BoardViewModel viewModel;
    private final BoardView view;
    private final Chime chime;
    private final CallQueue calls;
    private final I18n messages;

    private BoardScreen(BoardViewModel viewModel, BoardView view, Chime chime, CallQueue calls, I18n messages) {
        this.viewModel = viewModel;
        this.view = view;
        this.chime = chime;
        this.calls = calls;
        this.messages = messages;
    }

    /** On the FX thread. Reads only the store's read model. */
    public static BoardScreen create(DisplayContext context) {
        return create(context, Speech.forThisSystem(context.settings().sound()));
    }

    /** With the given speech (a test's recording of what was said, or the system's). */
    public static BoardScreen create(DisplayContext context, Speech speech) {
        Fonts.loadPretendard();
        Chime chime = new Chime(context.settings().sound());
        CallQueue calls = new CallQueue(chime, speech);
        I18n messages = new I18n(MESSAGES, context.settings().language());
        // The board is bilingual whatever its language: each number is called in Korean, then in English.
        I18n korean = new I18n(MESSAGES, Locale.KOREAN);
        I18n english = new I18n(MESSAGES, Locale.ENGLISH);
        BoardViewModel vm = new BoardViewModel(context.store().readModel(), context.store().changes()::subscribe,
                new BoardViewModel.Timings(context.settings().readyShownFor(), HIGHLIGHT_FOR, STOPPED_SHOWN_FOR),
                context.clock(), Platform::runLater,
                n -> calls.call(List.of(new CallQueue.Sentence(korean.text("board.call", n), Locale.KOREAN),
                        new CallQueue.Sentence(english.text("board.call", n), Locale.ENGLISH))));
        BoardView view = BoardView.load(vm, messages);
        vm.start();
        return new BoardScreen(vm, view, chime, calls, messages);
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

    public I18n messages() {
        return messages;
    }

    @Override
    public void close() {
        view.stop();
        viewModel.close();
        calls.close();
        chime.close();
    }
}
