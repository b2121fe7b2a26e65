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
import javafx.scene.control.Labeled;
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
import com.brewline.kiosk.common.Speech;
import com.brewline.kiosk.common.ViewContext;

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
    private Timeline timer;
    private boolean stopped;

    @FXML private StackPane root;
    @FXML private BorderPane frame;
    @FXML private VBox header;
    @FXML private Region headerSpacer;
    @FXML private Label brand;
    @FXML private Label screenTitle;
    @FXML private Label guidance;
    @FXML private HBox voiceRow;
    @FXML private Button volumeButton;
    @FXML private Button speedButton;
    @FXML private VBox notices;
    @FXML private HBox staffCallSlot;
    @FXML private HBox headerStaffCallSlot;
    @FXML private StackPane content;
    @FXML private HBox footer;
    @FXML private Button homeButton;
    @FXML private Button languageButton;
    @FXML private ToggleButton accessibleButton;

    /**
     * @param screens  builds the current screen's node for a language/mode/orientation
     * @param overlays layers over every screen, bottom to top
     * @param onTouch  told of every touch anywhere (the inactivity watch)
     * @param tickers  run every 250 ms on the FX thread (countdowns)
     */
    public FrameView(FrameViewModel shell, Function<ViewContext, Parent> screens, List<Overlay> overlays,
                     Runnable onTouch, Speech speech, List<Runnable> tickers) {
        this(shell, screens, overlays, onTouch, speech, tickers, List.of(), null);
    }

    /**
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
                () -> i18n.text(shell.guidanceKey()), i18n.localeProperty(), shell.screenProperty(),
                shell.guidanceVariantProperty()));
        // the screen's state changed what to say (no order can start, a payment that did not go through): said anew
        shell.guidanceVariantProperty().addListener((o, was, now) -> {
            if (shell.accessible() && !stopped) {
                speech.say(i18n.text(shell.guidanceKey()), i18n.locale());
            }
        });
        volumeButton.textProperty().bind(Bindings.createStringBinding(() -> i18n.text("voice.volume",
                shell.voiceProperty().get().volumePercent()), i18n.localeProperty(), shell.voiceProperty()));
        speedButton.textProperty().bind(Bindings.createStringBinding(() -> i18n.text("voice.speed."
                + shell.voiceProperty().get().speedStep()), i18n.localeProperty(), shell.voiceProperty()));
        shell.voiceProperty().addListener((o, was, now) -> {
            speech.setVoice(now);
            if (shell.accessible()) {
                speech.say(i18n.text("voice.sample"), i18n.locale());
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
        placeVoiceButtons(accessible, landscape);
        headerSpacer.setManaged(lowered);
        overlays.forEach(o -> o.lower(lowered));
        content.getChildren().setAll(screens.apply(new ViewContext(shell.i18n(), accessible, landscape, shell.settings())));
        root.applyCss();
        if (announce && accessible) {
            speech.say(shell.i18n().text("screen." + shell.screen().id()) + ". "
                    + shell.i18n().text(shell.guidanceKey()), shell.i18n().locale());
        }
    }

    /**
     * The voice buttons show in easy mode only: in a landscape footer there is room beside the
     * others; a portrait footer is full, so they get a row of their own above it.
     */
    private void placeVoiceButtons(boolean accessible, boolean landscape) {
        footer.getChildren().removeAll(volumeButton, speedButton);
        voiceRow.getChildren().removeAll(volumeButton, speedButton);
        if (landscape) {
            footer.getChildren().addAll(footer.getChildren().indexOf(languageButton), List.of(volumeButton, speedButton));
        } else {
            voiceRow.getChildren().setAll(volumeButton, speedButton);
        }
        boolean ownRow = accessible && !landscape;
        voiceRow.setVisible(ownRow);
        voiceRow.setManaged(ownRow);
        placeStaffCall(accessible, landscape);
        for (Button b : List.of(volumeButton, speedButton)) {
            b.setVisible(accessible);
            b.setManaged(accessible);
        }
    }

    /**
     * Call staff sits in the middle of the footer. In easy mode the footer is full at 200 % type: on a portrait
     * screen it leads the voice row above the footer (still in the lower part, within reach); on a landscape one,
     * where a row more would push the screen's own controls off it, it goes to the header's right end.
     */
    private void placeStaffCall(boolean accessible, boolean landscape) {
        if (staffCall == null) {
            return;
        }
        staffCallSlot.getChildren().remove(staffCall);
        headerStaffCallSlot.getChildren().remove(staffCall);
        voiceRow.getChildren().remove(staffCall);
        voiceRow.getChildren().remove(voiceRowSpacer);
        if (accessible && !landscape) {
            voiceRow.getChildren().add(0, staffCall);
            voiceRow.getChildren().add(1, voiceRowSpacer);
        } else if (accessible) {
            headerStaffCallSlot.getChildren().setAll(staffCall);
        } else {
            staffCallSlot.getChildren().setAll(staffCall);
        }
    }

    /** Style class of a note read aloud in easy mode when it shows or its words change (for the customer, not staff). */
    public static final String SPOKEN_NOTE = "spoken-note";

    private void speakWhenShown(Node note) {
        if (!(note instanceof Parent parent) || !note.getStyleClass().contains(SPOKEN_NOTE)) {
            return;
        }
        Runnable say = () -> {
            if (note.isVisible() && shell.accessible()) {
                String text = spokenText(parent);
                if (!text.isBlank()) {
                    speech.say(text, shell.i18n().locale());
                }
            }
        };
        note.visibleProperty().addListener((o, was, now) -> say.run());
        parent.getChildrenUnmodifiable().forEach(child -> {
            if (child instanceof Label label) {
                label.textProperty().addListener((o, was, now) -> say.run());
            }
        });
    }

    private static String spokenText(Parent parent) {
        StringBuilder text = new StringBuilder();
        parent.getChildrenUnmodifiable().forEach(child -> {
            if (child instanceof Label l && l.getText() != null && !l.getText().isBlank()) {
                text.append(text.length() > 0 ? " " : "").append(l.getText());
            }
        });
        return text.toString();
    }

    private final Region voiceRowSpacer = spacer();

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, javafx.scene.layout.Priority.ALWAYS);
        return r;
    }

    /** Every touch keeps the session alive; in accessible mode the touched control is read out. */
    private void touched(MouseEvent event) {
        onTouch.run();
        if (!shell.accessible() || !(event.getTarget() instanceof Node target)) {
            return;
        }
        for (Node n = target; n != null; n = n.getParent()) {
            if (n instanceof ButtonBase control) {
                String said = control.getAccessibleText() != null ? control.getAccessibleText() : spokenText(control);
                if (!said.isBlank()) {
                    speech.say(said, shell.i18n().locale());
                }
                return;
            }
        }
    }

    private static String spokenText(Labeled control) {
        StringBuilder text = new StringBuilder(control.getText() == null ? "" : control.getText());
        if (control.getGraphic() instanceof Parent graphic) {
            graphic.lookupAll(".label").forEach(n -> {
                if (n instanceof Label l && l.getText() != null && !l.getText().isBlank()) {
                    text.append(text.length() > 0 ? ", " : "").append(l.getText());
                }
            });
        }
        return text.toString();
    }

    @FXML
    private void home() {
        shell.endSession();
    }

    @FXML
    private void nextVolume() {
        shell.nextVolume();
    }

    @FXML
    private void nextSpeed() {
        shell.nextSpeed();
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
