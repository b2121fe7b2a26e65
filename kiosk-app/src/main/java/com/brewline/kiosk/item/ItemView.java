package com.brewline.kiosk.item;

import com.brewline.display.KoreanParticles;
import com.brewline.kiosk.common.Pictures;
import com.brewline.kiosk.common.ViewContext;
import com.brewline.model.MenuItem;
import com.brewline.model.OptionGroup;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Map;

/** Option groups as big toggle buttons with price changes, the quantity stepper and the running price. */
public final class ItemView {
    private final ItemViewModel vm;
    private final ViewContext ctx;

    @FXML private BorderPane root;
    @FXML private StackPane picture;
    @FXML private Label itemName;
    @FXML private Label basePrice;
    @FXML private Label description;
    @FXML private Label facts;
    @FXML private Label allergens;
    @FXML private VBox groupsBox;
    @FXML private VBox orderBox;
    @FXML private Label hint;
    @FXML private Button minusButton;
    @FXML private Label quantity;
    @FXML private Button plusButton;
    @FXML private Label total;
    @FXML private Button addButton;

    public ItemView(ItemViewModel vm, ViewContext ctx) {
        this.vm = vm;
        this.ctx = ctx;
    }

    @FXML
    private void initialize() {
        MenuItem item = vm.itemProperty().get();
        if (item == null) {
            return;
        }
        // a large picture: what the customer is about to order, at a glance
        double size = ctx.lowered() ? 360 : ctx.landscape() ? 200 : 260;
        picture.getChildren().add(Pictures.of(size, "mdal-local_cafe", item.image(), vm.categoryImage()));
        if (ctx.accessible() && ctx.landscape()) {
            // at 200 % a landscape screen needs its height for the options; the name and facts stay
            picture.setVisible(false);
            picture.setManaged(false);
        }
        if (ctx.lowered()) {
            // easy portrait: the picture and what is in the cup go up into the header, where nothing is touched
            picture.setMaxHeight(Region.USE_PREF_SIZE);
            javafx.scene.Node top = root.getTop();
            root.setTop(null);
            ctx.header().set(top);
        }
        itemName.setText(item.name(ctx.korean()));
        basePrice.setText(ctx.price(item.price()));
        showWhatIsInIt(item);
        for (Map.Entry<OptionGroup, List<OptionChoice>> entry : vm.groups().entrySet()) {
            groupsBox.getChildren().add(groupBox(entry.getKey(), entry.getValue()));
        }
        if (ctx.landscape()) {
            // options on the left, quantity, price and "add" in a panel on the right
            root.setBottom(null);
            root.setRight(orderBox);
            orderBox.setPrefWidth(ctx.accessible() ? 760 : 620);
            orderBox.setAlignment(javafx.geometry.Pos.BOTTOM_LEFT);
            BorderPane.setMargin(orderBox, new javafx.geometry.Insets(0, 0, 0, 24));
            if (ctx.accessible()) {
                // 200 %: the name and what is in the cup head the right-hand panel; the options get the height
                javafx.scene.Node top = root.getTop();
                root.setTop(null);
                Region push = new Region();
                javafx.scene.layout.VBox.setVgrow(push, javafx.scene.layout.Priority.ALWAYS);
                orderBox.getChildren().addAll(0, List.of(top, push));
            }
        }
        quantity.textProperty().bind(vm.quantityProperty().asString());
        minusButton.disableProperty().bind(vm.quantityProperty().lessThanOrEqualTo(1));
        plusButton.disableProperty().bind(vm.quantityProperty().greaterThanOrEqualTo(20));
        total.textProperty().bind(Bindings.createStringBinding(() -> ctx.price(vm.totalProperty().get()),
                vm.totalProperty()));
        addButton.disableProperty().bind(vm.canAddProperty().not());
        hint.textProperty().bind(Bindings.createStringBinding(this::hintText, vm.missingGroupProperty(),
                vm.soldOutProperty(), vm.quantityValidProperty()));
        hint.managedProperty().bind(hint.textProperty().isNotEmpty());
        hint.visibleProperty().bind(hint.textProperty().isNotEmpty());
    }

    /** The one-line description, calories and caffeine, and the allergens (shown even when none). */
    private void showWhatIsInIt(MenuItem item) {
        String line = item.description(ctx.korean());
        description.setText(line == null ? "" : line);
        List<String> parts = new java.util.ArrayList<>();
        if (item.calories() != null) {
            parts.add(ctx.text("item.calories", item.calories()));
        }
        if (item.caffeineMg() != null) {
            parts.add(ctx.text("item.caffeine", item.caffeineMg()));
        }
        facts.setText(String.join(" · ", parts));
        allergens.setText(item.allergens().isEmpty() ? ctx.text("item.noAllergens") : ctx.text("item.allergens",
                item.allergens().stream().map(a -> ctx.text("allergen." + a.name()))
                        .collect(java.util.stream.Collectors.joining(", "))));
        for (Label label : List.of(description, facts)) {
            label.setManaged(!label.getText().isEmpty());
            label.setVisible(!label.getText().isEmpty());
        }
    }

    private String hintText() {
        if (vm.soldOutProperty().get()) {
            return ctx.text("item.soldOut");
        }
        if (!vm.quantityValidProperty().get()) {
            return ctx.text("item.badQuantity");
        }
        OptionGroup missing = vm.missingGroupProperty().get();
        if (missing == null) {
            return "";
        }
        // "Please choose your size": a group's English name is a common noun inside the sentence
        return ctx.text("item.choose", ctx.korean() ? KoreanParticles.object(ctx.i18n(), missing.nameKo())
                : missing.nameEn().toLowerCase(java.util.Locale.ENGLISH));
    }

    private VBox groupBox(OptionGroup group, List<OptionChoice> choices) {
        Label title = new Label(group.name(ctx.korean()));
        title.getStyleClass().add("option-group-title");
        HBox titleRow = new HBox(10, title);
        if (group.isRequired()) {
            Label required = new Label(ctx.text("item.required"));
            required.getStyleClass().add("required-mark");
            titleRow.getChildren().add(required);
        } else if (group.maxSelect() > 1) {
            Label upTo = new Label(ctx.text("item.upTo", group.maxSelect()));
            upTo.getStyleClass().add("muted");
            titleRow.getChildren().add(upTo);
        }
        // equal columns: a long name wraps instead of being cut, and every button of a row is as tall as the tallest
        GridPane options = new GridPane();
        options.getStyleClass().add("option-flow");
        options.setHgap(12 * ctx.scale());
        options.setVgap(12 * ctx.scale());
        int columns = optionColumns();
        for (int c = 0; c < columns; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            column.setFillWidth(true);
            options.getColumnConstraints().add(column);
        }
        int index = 0;
        for (OptionChoice choice : choices) {
            String text = choice.option().name(ctx.korean())
                    + (choice.option().priceDelta() != 0 ? "\n" + ctx.i18n().priceDelta(choice.option().priceDelta()) : "");
            ToggleButton button = new ToggleButton(text);
            button.getStyleClass().add("option-button");
            button.setWrapText(true);
            button.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMaxHeight(Double.MAX_VALUE);
            button.setMinWidth(0);
            button.setMinHeight(Region.USE_PREF_SIZE);
            GridPane.setFillHeight(button, true);
            button.setId("option-" + group.id() + "-" + choice.option().id());
            button.setSelected(choice.selected());
            choice.selectedProperty().addListener((o, was, now) -> button.setSelected(now));
            button.setOnAction(e -> {
                vm.toggle(choice);
                button.setSelected(choice.selected());
            });
            options.add(button, index % columns, index / columns);
            index++;
        }
        Label limit = new Label();
        limit.setId("limit-" + group.id());
        limit.getStyleClass().add("hint");
        limit.setWrapText(true);
        limit.textProperty().bind(Bindings.createStringBinding(() -> group.equals(vm.overLimitProperty().get())
                ? ctx.text("item.limitReached", group.maxSelect()) : "", vm.overLimitProperty()));
        limit.visibleProperty().bind(limit.textProperty().isNotEmpty());
        limit.managedProperty().bind(limit.visibleProperty());
        VBox box = new VBox(8, titleRow, options, limit);
        box.getStyleClass().add("option-group");
        return box;
    }

    /** Normal: three across (four in a landscape panel); easy mode at 200 %: two across. */
    private int optionColumns() {
        if (ctx.accessible()) {
            return 2;
        }
        return ctx.landscape() ? 4 : 3;
    }

    @FXML
    private void minus() {
        vm.decrement();
    }

    @FXML
    private void plus() {
        vm.increment();
    }

    @FXML
    private void back() {
        vm.back();
    }

    @FXML
    private void add() {
        vm.addToCart();
    }
}
