package com.brewline.kiosk.cart;

import com.brewline.kiosk.common.ViewContext;
import com.brewline.model.ChosenOption;
import com.brewline.model.DiningOption;
import com.brewline.model.OrderLine;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.stream.Collectors;

/** The cart's lines with quantity steppers and remove, dine-in/takeout, total with VAT, and pay. */
public final class CartView {
    private final CartViewModel vm;
    private final ViewContext ctx;

    @FXML private BorderPane root;
    @FXML private VBox linesBox;
    @FXML private VBox summary;
    @FXML private ToggleButton dineIn;
    @FXML private ToggleButton takeout;
    @FXML private Label total;
    @FXML private Label vat;
    @FXML private Label hint;
    @FXML private Label waitEstimate;
    @FXML private Button payButton;

    public CartView(CartViewModel vm, ViewContext ctx) {
        this.vm = vm;
        this.ctx = ctx;
    }

    @FXML
    private void initialize() {
        vm.lines().addListener((ListChangeListener<OrderLine>) c -> buildLines());
        buildLines();
        total.textProperty().bind(Bindings.createStringBinding(() -> ctx.price(vm.totalProperty().get()), vm.totalProperty()));
        vat.textProperty().bind(Bindings.createStringBinding(() -> ctx.price(vm.vatProperty().get()), vm.vatProperty()));
        waitEstimate.textProperty().bind(Bindings.createStringBinding(() -> WaitText.of(ctx,
                vm.waitEstimateProperty().get(), vm.waitUnknownProperty().get()), vm.waitEstimateProperty(),
                vm.waitUnknownProperty()));
        vm.diningProperty().addListener((o, was, now) -> syncDining());
        syncDining();
        payButton.disableProperty().bind(vm.canPayProperty().not());
        hint.textProperty().bind(Bindings.createStringBinding(() -> vm.emptyProperty().get() ? ""
                : vm.diningProperty().get() == null ? ctx.text("cart.chooseDining") : "", vm.emptyProperty(), vm.diningProperty()));
        hint.managedProperty().bind(hint.textProperty().isNotEmpty());
        if (ctx.landscape()) {
            // side by side: lines on the left, the summary as a panel on the right
            root.setBottom(null);
            root.setRight(summary);
            summary.setPrefWidth(ctx.accessible() ? 860 : 640);
            BorderPane.setMargin(summary, new Insets(0, 0, 0, 20));
        } else {
            BorderPane.setMargin(summary, new Insets(14, 0, 0, 0));
        }
        if (ctx.lowered()) {
            // easy portrait: the total and the wait (nothing to touch) go up into the header, so the lines keep room
            javafx.scene.Node totals = total.getParent().getParent();
            summary.getChildren().removeAll(totals, waitEstimate);
            Label count = new Label();
            count.setId("cart-count");
            count.getStyleClass().add("subtitle");
            count.textProperty().bind(Bindings.createStringBinding(() -> ctx.text("menu.cartCount",
                    vm.itemCountProperty().get()), vm.itemCountProperty()));
            VBox header = new VBox(16, count, totals, waitEstimate);
            header.setId("cart-header");
            header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            ctx.header().set(header);
        }
    }

    private void buildLines() {
        linesBox.getChildren().clear();
        if (vm.lines().isEmpty()) {
            Label empty = new Label(ctx.text("cart.empty"));
            empty.getStyleClass().add("empty-note");
            empty.setWrapText(true);
            linesBox.getChildren().add(empty);
            return;
        }
        for (int i = 0; i < vm.lines().size(); i++) {
            linesBox.getChildren().add(lineRow(i, vm.lines().get(i)));
        }
    }

    private HBox lineRow(int index, OrderLine line) {
        Label name = new Label(line.name(ctx.korean()));
        name.getStyleClass().add("line-name");
        String options = line.options().stream().map(o -> optionText(o)).collect(Collectors.joining(", "));
        Label optionsLabel = new Label(options.isEmpty() ? ctx.text("cart.noOptions") : options);
        optionsLabel.getStyleClass().add("line-options");
        Label price = new Label(ctx.price(line.lineTotal()));
        price.getStyleClass().add("price");
        VBox texts = new VBox(4, name, optionsLabel, price);
        texts.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(texts, Priority.ALWAYS);

        Button minus = iconButton("mdmz-remove", ctx.text("item.less"), "line-" + index + "-minus");
        minus.setDisable(line.quantity() <= OrderLine.MIN_QUANTITY);
        minus.setOnAction(e -> vm.changeQuantity(index, -1));
        Label qty = new Label(Integer.toString(line.quantity()));
        qty.getStyleClass().add("quantity");
        qty.setId("line-" + index + "-qty");
        Button plus = iconButton("mdal-add", ctx.text("item.more"), "line-" + index + "-plus");
        plus.setDisable(line.quantity() >= OrderLine.MAX_QUANTITY);
        plus.setOnAction(e -> vm.changeQuantity(index, 1));
        HBox stepper = new HBox(8, minus, qty, plus);
        stepper.getStyleClass().add("stepper");
        Button remove = iconButton("mdal-delete_outline", ctx.text("cart.remove"), "line-" + index + "-remove");
        remove.setOnAction(e -> vm.remove(index));

        HBox row;
        if (ctx.accessible() && !ctx.landscape()) {
            HBox controls = new HBox(12, stepper, remove);
            controls.setAlignment(Pos.CENTER_LEFT);
            VBox stacked = new VBox(8, texts, controls);
            HBox.setHgrow(stacked, Priority.ALWAYS);
            row = new HBox(stacked);
        } else {
            row = new HBox(14, texts, stepper, remove);
        }
        row.getStyleClass().add("cart-line");
        row.setId("line-" + index);
        return row;
    }

    private String optionText(ChosenOption o) {
        return o.name(ctx.korean()) + (o.priceDelta() != 0 ? " " + ctx.i18n().priceDelta(o.priceDelta()) : "");
    }

    private static Button iconButton(String icon, String spoken, String id) {
        Button b = new Button();
        b.setGraphic(new FontIcon(icon));
        b.setAccessibleText(spoken);
        b.setId(id);
        return b;
    }

    private void syncDining() {
        dineIn.setSelected(vm.diningProperty().get() == DiningOption.DINE_IN);
        takeout.setSelected(vm.diningProperty().get() == DiningOption.TAKEOUT);
    }

    @FXML
    private void dineIn() {
        vm.diningProperty().set(DiningOption.DINE_IN);
        syncDining();
    }

    @FXML
    private void takeout() {
        vm.diningProperty().set(DiningOption.TAKEOUT);
        syncDining();
    }

    @FXML
    private void more() {
        vm.moreItems();
    }

    @FXML
    private void pay() {
        vm.pay();
    }
}
