package com.brewline.kiosk.frame;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import com.brewline.display.I18n;
import com.brewline.kiosk.common.Overlay;
import com.brewline.display.Speech;
import com.brewline.kiosk.common.ViewContext;
import com.brewline.kiosk.common.VoiceControls;

import java.util.List;
import java.util.function.Function;

/**
 * The frame's View: swaps the current screen in, applies language, accessible mode (pseudo-class
 * on the root) and orientation, puts the overlays over it, speaks guidance in accessible mode,
 * reports every touch and runs the one timer that ticks countdowns.
 */
public final class FrameView {
    public static final PseudoClass ACCESSIBLE = PseudoClass.getPseudoClass("accessible");
    public static final PseudoClass LANDSCAPE = PseudoClass.getPseudoClass("landscape");
    /** In accessible portrait mode every control sits below this share of the screen height. */
    public static final double ACCESSIBLE_TOP_SHARE = 0.45;

    private final FrameViewModel shell;
    private final List<Overlay> overlays;
    private final Runnable onTouch;
    private final Function<ViewContext, Parent> screens;
    private final Speech speech;
    private final List<Runnable> tickers;
    private final List<Node> notes;
    private final Node staffCall;
    private EasyRows easyRows;
    private Timeline timer;
    private boolean stopped;

    @FXML private StackPane root;
    @FXML private BorderPane frame;
    @FXML private VBox header;
    @FXML private Region headerSpacer;
    @FXML private Label brand;
    @FXML private Label screenTitle;
    @FXML private Label guidance;
    @FXML private StackPane headerPicture;
    @FXML private HBox voiceRow;
    @FXML private HBox headerBar;
    @FXML private VBox notices;
    @FXML private HBox staffCallSlot;
    @FXML private HBox headerStaffCallSlot;
    @FXML private StackPane content;
    @FXML private HBox footer;
    @FXML private Button homeButton;
    @FXML private Button languageButton;
    @FXML private ToggleButton accessibleButton;

    /**
     * @param screens   builds the current screen's node for a language/mode/orientation
     * @param overlays  layers over every screen, bottom to top
     * @param onTouch   told of every touch anywhere (the inactivity watch)
     * @param tickers   run every 250 ms on the FX thread (countdowns)
     * @param notes     notes shown above every screen (each shows itself when it has something to say)
     * @param staffCall the call-staff button, in the footer of every screen; null: none
     */
    public FrameView(FrameViewModel shell, Function<ViewContext, Parent> screens, List<Overlay> overlays,
                     Runnable onTouch, Speech speech, List<Runnable> tickers, List<Node> notes, Node staffCall) {
        this.notes = List.copyOf(notes);
        this.staffCall = staffCall;
        this.shell = shell;
        this.overlays = List.copyOf(overlays);
        this.onTouch = onTouch;
        this.screens = screens;
        this.speech = speech;
        this.tickers = tickers;
    }

    @FXML
    private void initialize() {
        I18n i18n = shell.i18n();
        brand.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.korean() ? shell.settings().storeNameKo() : shell.settings().storeNameEn(), i18n.localeProperty()));
        screenTitle.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.text("screen." + shell.screen().id()), i18n.localeProperty(), shell.screenProperty()));
        guidance.textProperty().bind(Bindings.createStringBinding(
                this::guide, i18n.localeProperty(), shell.screenProperty(), shell.landscapeProperty(),
                shell.guidanceVariantProperty()));
        // the screen's state changed what to say (no order can start, a payment that did not go through): said anew
        shell.guidanceVariantProperty().addListener((o, was, now) -> {
            if (shell.accessible() && !stopped) {
                speech.say(guide(), i18n.locale());
            }
        });
        easyRows = new EasyRows(voiceRow, headerBar, staffCallSlot, headerStaffCallSlot,
                new VoiceControls(shell.voiceProperty(), i18n), staffCall);
        shell.voiceProperty().addListener((o, was, now) -> {
            speech.setVoice(now);
            if (shell.accessible()) {
                speech.sayInstead(i18n.text("voice.sample"), i18n.locale());
            }
        });
        speech.setVoice(shell.voiceProperty().get());
        homeButton.textProperty().bind(i18n.binding("shell.home"));
        homeButton.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> shell.screen() != Screen.ATTRACT, shell.screenProperty()));
        languageButton.textProperty().bind(i18n.binding("shell.otherLanguage"));
        accessibleButton.textProperty().bind(i18n.binding("shell.accessible"));
        accessibleButton.selectedProperty().bindBidirectional(shell.accessibleProperty());

        overlays.forEach(o -> root.getChildren().add(o.root()));
        notices.getChildren().setAll(notes);
        notes.forEach(this::speakWhenShown);

        root.addEventFilter(MouseEvent.MOUSE_PRESSED, this::touched);
        shell.screenProperty().addListener((o, a, b) -> refresh(true));
        i18n.localeProperty().addListener((o, a, b) -> refresh(true));
        shell.accessibleProperty().addListener((o, a, b) -> refresh(true));
        shell.landscapeProperty().addListener((o, a, b) -> refresh(false));
        root.widthProperty().addListener((o, a, b) -> updateOrientation());
        root.heightProperty().addListener((o, a, b) -> updateOrientation());
        refresh(false);

        timer = new Timeline(new KeyFrame(Duration.millis(250), e -> tick()));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
    }

    public Parent root() {
        return root;
    }

    private void tick() {
        tickers.forEach(Runnable::run);
    }

    /**
     * No screen is built after this: leaving kiosk mode resizes the window (and so asks for the
     * current screen again) while the kiosk's worker is being shut down, and a screen built then
     * could not load its data.
     */
    public void stop() {
        stopped = true;
        if (timer != null) {
            timer.stop();
        }
    }

    private void updateOrientation() {
        if (root.getWidth() > 0 && root.getHeight() > 0) {
            shell.landscapeProperty().set(root.getWidth() > root.getHeight());
        }
    }

    /** Rebuilds the current screen for the language, mode and orientation. */
    private void refresh(boolean announce) {
        if (stopped) {
            return;
        }
        boolean accessible = shell.accessible();
        boolean landscape = shell.landscapeProperty().get();
        root.pseudoClassStateChanged(ACCESSIBLE, accessible);
        root.pseudoClassStateChanged(LANDSCAPE, landscape);
        boolean lowered = accessible && !landscape;
        header.minHeightProperty().unbind();
        if (lowered) {
            header.minHeightProperty().bind(root.heightProperty().multiply(ACCESSIBLE_TOP_SHARE));
        } else {
            header.setMinHeight(Region.USE_PREF_SIZE);
        }
        guidance.setVisible(accessible);
        guidance.setManaged(accessible);
        easyRows.place(accessible, landscape);
        overlays.forEach(o -> o.lower(lowered));
        // easy portrait: what the screen shows in the header's picture slot (ViewContext.header)
        var picture = EasyRows.headerSlot(headerPicture, lowered);
        content.getChildren().setAll(screens.apply(new ViewContext(shell.i18n(), accessible, landscape, shell.settings(), picture)));
        headerSpacer.setManaged(lowered && !headerPicture.isManaged());
        root.applyCss();
        if (announce && accessible) {
            speech.sayInstead(shell.i18n().text("screen." + shell.screen().id()) + ". "
                    + guide(), shell.i18n().locale());
        }
    }

    private String guide() {
        return com.brewline.kiosk.common.KioskTexts.guidance(shell.i18n(), shell.guidanceKey(), shell.landscapeProperty().get());
    }

    /** Style class of a note read aloud in easy mode when it shows or its words change (for the customer, not staff). */
    public static final String SPOKEN_NOTE = "spoken-note";

    private void speakWhenShown(Node note) {
        if (note instanceof Parent parent && note.getStyleClass().contains(SPOKEN_NOTE)) {
            com.brewline.kiosk.common.SpokenText.whenShown(parent, text -> {
                if (shell.accessible()) {
                    speech.say(text, shell.i18n().locale());
                }
            });
        }
    }

    /** Every touch keeps the session alive; in accessible mode the touched control is read out. */
    private void touched(MouseEvent event) {
        onTouch.run();
        if (!shell.accessible() || !(event.getTarget() instanceof Node target)) {
            return;
        }
        for (Node n = target; n != null; n = n.getParent()) {
            if (n instanceof ButtonBase control) {
                String said = com.brewline.kiosk.common.SpokenText.of(control);
                if (!said.isBlank()) {
                    speech.sayInstead(said, shell.i18n().locale());
                }
                return;
            }
        }
    }

    @FXML
    private void home() {
        shell.endSession();
    }

    @FXML
    private void switchLanguage() {
        shell.toggleLanguage();
    }

    @FXML
    private void toggleAccessible() {
        // the toggle is bound to the view model; the listener rebuilds the screen
    }
}
