package com.brewline.kiosk.phone;

import com.brewline.kiosk.common.NumberPad;
import com.brewline.kiosk.common.ViewContext;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;

/** The optional phone number for messages with its consent line; thin: everything is in the view model. */
public final class PhoneEntryView {
    private final PhoneEntryViewModel vm;
    private final ViewContext ctx;

    @FXML private VBox root;
    @FXML private ToggleButton open;
    @FXML private VBox details;
    @FXML private Label number;
    @FXML private Label hint;
    @FXML private CheckBox consent;
    @FXML private VBox padBox;

    public PhoneEntryView(PhoneEntryViewModel vm, ViewContext ctx) {
        this.vm = vm;
        this.ctx = ctx;
    }

    @FXML
    private void initialize() {
        root.visibleProperty().bind(vm.offeredProperty());
        root.managedProperty().bind(vm.offeredProperty());
        // folded until the customer wants it: the cart stays short for everyone else
        open.selectedProperty().bindBidirectional(vm.openProperty());
        details.visibleProperty().bind(vm.openProperty());
        details.managedProperty().bind(vm.openProperty());
        number.textProperty().bind(Bindings.createStringBinding(() -> vm.displayProperty().get().isEmpty()
                ? ctx.text("phone.placeholder") : vm.displayProperty().get(), vm.displayProperty()));
        number.setAccessibleText(ctx.text("phone.title"));
        consent.selectedProperty().bindBidirectional(vm.consentProperty());
        consent.setWrapText(true);
        consent.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // the whole consent line, never cut short
        hint.textProperty().bind(Bindings.createStringBinding(() -> {
            if (vm.completeProperty().get() && !vm.validProperty().get()) {
                return ctx.text("phone.invalid");
            }
            if (vm.validProperty().get() && !vm.consentProperty().get()) {
                return ctx.text("phone.needsConsent");
            }
            return vm.phone().isPresent() ? ctx.text("phone.willSend") : "";
        }, vm.completeProperty(), vm.validProperty(), vm.consentProperty()));
        hint.managedProperty().bind(hint.textProperty().isNotEmpty());
        // a problem in the warning colour, the promise to text in the success colour
        vm.completeProperty().addListener((o, a, b) -> styleHint());
        vm.validProperty().addListener((o, a, b) -> styleHint());
        vm.consentProperty().addListener((o, a, b) -> styleHint());
        styleHint();
        Button clear = new Button(ctx.text("phone.clear"));
        clear.setId("phone-clear");
        clear.setOnAction(e -> vm.clear());
        padBox.getChildren().add(NumberPad.create(ctx.i18n(), vm::digit, vm::backspace, clear));
        if (ctx.accessible() || ctx.landscape()) {
            // easy mode and landscape: the number, the consent line and the hint in a column beside the pad, so
            // that the cart's pay button stays on screen below it (and a wide screen's width is used)
            javafx.scene.layout.HBox row = (javafx.scene.layout.HBox) padBox.getParent();
            details.getChildren().removeAll(number, consent);
            row.getChildren().remove(hint);
            VBox column = new VBox(12, number, consent, hint);
            javafx.scene.layout.HBox.setHgrow(column, javafx.scene.layout.Priority.ALWAYS);
            row.getChildren().add(0, column);
        }
    }

    private void styleHint() {
        boolean good = vm.phone().isPresent();
        hint.getStyleClass().removeAll("hint", "success-text");
        hint.getStyleClass().add(good ? "success-text" : "hint");
    }

    /**
     * Puts the panel into the cart screen (found by its ids: #summary, #cart-lines, #dining-question). Normally
     * above the cart's action bar. In easy mode at 200 % there is not room for the lines, the summary and an open
     * pad together: while the pad is open the lines make way (the count, total and wait stay on screen: in the
     * portrait header, in the landscape summary). In landscape the panel goes under the lines on the left (in easy
     * mode in their place), so the summary on the right keeps its pay button.
     */
    public static void placeInCart(javafx.scene.Parent cart, PhoneEntryViewModel vm, ViewContext ctx) {
        javafx.scene.Parent panel = load(vm, ctx);
        javafx.scene.Node lines = cart.lookup("#cart-lines");
        if (ctx.landscape()) { // the left side has the room; the summary on the right keeps the pay button
            javafx.scene.layout.BorderPane screen = (javafx.scene.layout.BorderPane) cart;
            VBox left = new VBox(16, lines, panel);
            VBox.setVgrow(lines, javafx.scene.layout.Priority.ALWAYS);
            screen.setCenter(left);
        } else {
            VBox summary = (VBox) cart.lookup("#summary");
            summary.getChildren().add(summary.getChildren().size() - 1, panel);
        }
        if (ctx.accessible()) {
            var closed = vm.openProperty().not();
            java.util.List<javafx.scene.Node> makeWay = new java.util.ArrayList<>(java.util.List.of(lines));
            if (!ctx.landscape()) {
                makeWay.add(cart.lookup("#dining-question")); // its two buttons say it
            }
            for (javafx.scene.Node n : makeWay) {
                n.visibleProperty().bind(closed);
                n.managedProperty().bind(closed);
            }
        }
    }

    /** Loads the panel with its FXML (the kiosk's bundle), for the cart to place. */
    public static javafx.scene.Parent load(PhoneEntryViewModel vm, ViewContext ctx) {
        javafx.fxml.FXMLLoader loader = new javafx.fxml.FXMLLoader(
                PhoneEntryView.class.getResource("/com/brewline/kiosk/phone/phone.fxml"), ctx.i18n().bundle());
        loader.setControllerFactory(type -> new PhoneEntryView(vm, ctx));
        try {
            return loader.load();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot load the phone number panel", e);
        }
    }
}
