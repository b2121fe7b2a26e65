package com.brewline.pickup.board;

import com.brewline.display.I18n;
import com.brewline.display.ScaledPane;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.ParallelTransition;
import javafx.animation.ScaleTransition;
import javafx.animation.Timeline;
import javafx.animation.TranslateTransition;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The pickup board's view: two columns of numbers; a number turning ready slides over and pulses. */
public final class BoardView {
    private static final PseudoClass FRESH = PseudoClass.getPseudoClass("fresh");
    private static final PseudoClass CROWDED = PseudoClass.getPseudoClass("crowded");
    private static final PseudoClass PACKED = PseudoClass.getPseudoClass("packed");
    /** Above these counts the numbers get smaller so that all of them stay on screen. */
    private static final int PREPARING_CROWDED = 21;
    private static final int PREPARING_PACKED = 40;
    private static final int READY_CROWDED = 9;

    private final BoardViewModel vm;
    private final Map<Integer, Label> readyLabels = new HashMap<>();
    private final Map<Integer, Label> preparingLabels = new HashMap<>();
    private Timeline ticker;
    private ScaledPane root;
    /** Slide-ins still running: a test waits for none before taking its picture. */
    private final IntegerProperty animations = new SimpleIntegerProperty();

    @FXML private BorderPane board;
    @FXML private FlowPane preparingNumbers;
    @FXML private FlowPane readyNumbers;
    @FXML private HBox attention;
    @FXML private VBox notCollectedBox;
    @FXML private VBox seeCounterBox;
    @FXML private FlowPane notCollectedNumbers;
    @FXML private FlowPane seeCounterNumbers;
    @FXML private Label footer;

    private BoardView(BoardViewModel vm) {
        this.vm = vm;
    }

    public static BoardView load(BoardViewModel vm, I18n messages) {
        BoardView view = new BoardView(vm);
        FXMLLoader loader = new FXMLLoader(BoardView.class.getResource("board.fxml"), messages.bundle());
        loader.setControllerFactory(type -> view);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("board.fxml could not be loaded", e);
        }
        return view;
    }

    /** The board, scaled to whatever window it is in. */
    public Parent root() {
        return root;
    }

    /**
     * On the sandbox: the demo mark at the bottom right, inside the board so it scales with it, and the footer's
     * words kept clear of it (in a corner over the numbers it would hide a customer's number).
     */
    public void showDemoMark() {
        if (com.brewline.display.DemoMark.enabled()) {
            footer.getStyleClass().add("beside-demo-mark");
            com.brewline.display.DemoMark.addTo(board, javafx.geometry.Pos.BOTTOM_RIGHT);
        }
    }

    public ScaledPane scaled() {
        return root;
    }

    public IntegerProperty animationsRunningProperty() {
        return animations;
    }

    @FXML
    private void initialize() {
        root = new ScaledPane(board, 1920, 1080);
        root.getStyleClass().add("board-window");
        vm.notCollected().addListener((ListChangeListener<Integer>) c -> showAttention());
        vm.seeCounter().addListener((ListChangeListener<Integer>) c -> showAttention());
        showAttention();
        vm.preparing().addListener((ListChangeListener<Integer>) c -> showPreparing());
        vm.ready().addListener((ListChangeListener<Integer>) c -> showReady());
        vm.fresh().addListener((SetChangeListener<Integer>) c -> {
            Label l = readyLabels.get(c.wasAdded() ? c.getElementAdded() : c.getElementRemoved());
            if (l != null) {
                l.pseudoClassStateChanged(FRESH, c.wasAdded());
            }
        });
        for (FlowPane pane : new FlowPane[]{preparingNumbers, readyNumbers}) {
            javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
            clip.widthProperty().bind(pane.widthProperty());
            clip.heightProperty().bind(pane.heightProperty());
            pane.setClip(clip);
        }
        showPreparing();
        showReady();
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
    }

    public void stop() {
        ticker.stop();
        animations.set(0);
    }

    private void showPreparing() {
        int count = vm.preparing().size();
        preparingNumbers.pseudoClassStateChanged(CROWDED, count > PREPARING_CROWDED && count <= PREPARING_PACKED);
        preparingNumbers.pseudoClassStateChanged(PACKED, count > PREPARING_PACKED);
        // the labels are kept by number: a new order adds one label, instead of 500 new ones to style and lay out
        // (that rebuild was the board's slowest frames with a full queue)
        List<Integer> numbers = List.copyOf(vm.preparing());
        preparingLabels.keySet().retainAll(numbers);
        List<Label> labels = numbers.stream().map(n -> preparingLabels.computeIfAbsent(n, BoardView::newPreparingLabel)).toList();
        if (!preparingNumbers.getChildren().equals(labels)) {
            preparingNumbers.getChildren().setAll(labels);
        }
    }

    private static Label newPreparingLabel(int n) {
        Label l = new Label(String.valueOf(n));
        l.getStyleClass().add("preparing-number");
        l.setId("preparing-" + n);
        return l;
    }

    private void showAttention() {
        fill(notCollectedNumbers, vm.notCollected(), "not-collected-number", "not-collected-");
        fill(seeCounterNumbers, vm.seeCounter(), "see-counter-number", "see-counter-");
        boolean anyLong = !vm.notCollected().isEmpty();
        boolean anyStopped = !vm.seeCounter().isEmpty();
        for (var box : List.of(notCollectedBox, seeCounterBox)) {
            box.managedProperty().bind(box.visibleProperty());
        }
        notCollectedBox.setVisible(anyLong);
        seeCounterBox.setVisible(anyStopped);
        attention.setVisible(anyLong || anyStopped);
        attention.setManaged(anyLong || anyStopped);
    }

    private static void fill(FlowPane pane, List<Integer> numbers, String styleClass, String idPrefix) {
        pane.getChildren().setAll(numbers.stream().map(n -> {
            Label l = new Label(String.valueOf(n));
            l.getStyleClass().add(styleClass);
            l.setId(idPrefix + n);
            return l;
        }).toList());
    }

    private void showReady() {
        List<Integer> numbers = List.copyOf(vm.ready());
        readyNumbers.pseudoClassStateChanged(CROWDED, numbers.size() > READY_CROWDED);
        readyLabels.keySet().retainAll(numbers);
        preparingNumbers.layout();
        readyNumbers.getChildren().setAll(numbers.stream().map(n -> readyLabels.computeIfAbsent(n, this::newReadyLabel)).toList());
    }

    private Label newReadyLabel(int n) {
        Label l = new Label(String.valueOf(n));
        l.getStyleClass().add("ready-number");
        l.setId("ready-" + n);
        boolean fresh = vm.fresh().contains(n);
        l.pseudoClassStateChanged(FRESH, fresh);
        if (fresh) {
            announce(l);
        }
        return l;
    }

    /** Slides in from the preparing column and pulses a few times. */
    private void announce(Label l) {
        TranslateTransition slide = new TranslateTransition(Duration.millis(700), l);
        slide.setFromX(-readyNumbers.getWidth() * 0.6);
        slide.setToX(0);
        ScaleTransition pulse = new ScaleTransition(Duration.millis(450), l);
        pulse.setFromX(1.0);
        pulse.setFromY(1.0);
        pulse.setToX(1.18);
        pulse.setToY(1.18);
        pulse.setAutoReverse(true);
        pulse.setCycleCount(6);
        ParallelTransition both = new ParallelTransition(slide, pulse);
        animations.set(animations.get() + 1);
        both.setOnFinished(e -> animations.set(animations.get() - 1));
        both.play();
    }
}
