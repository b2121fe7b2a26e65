package com.brewline.kiosk.menu;

import com.brewline.kiosk.common.Pictures;
import com.brewline.kiosk.common.ViewContext;
import com.brewline.model.Category;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Category chips, item tiles (picture or icon, name, price, sold out) and the cart summary. */
public final class MenuView {
    private final MenuViewModel vm;
    private final ViewContext ctx;

    @FXML private BorderPane root;
    @FXML private FlowPane categoryBar;
    @FXML private ScrollPane tileScroll;
    @FXML private GridPane tileGrid;
    @FXML private VBox cartBar;
    @FXML private Label cartCount;
    @FXML private Label cartTotal;
    @FXML private Region cartSpacer;
    @FXML private Button checkoutButton;

    public MenuView(MenuViewModel vm, ViewContext ctx) {
        this.vm = vm;
        this.ctx = ctx;
    }

    @FXML
    private void initialize() {
        ToggleGroup group = new ToggleGroup();
        for (Category category : vm.categories()) {
            ToggleButton chip = new ToggleButton(category.name(ctx.korean()));
            chip.setId("category-" + category.id());
            chip.getStyleClass().add("category-button");
            chip.setToggleGroup(group);
            chip.setSelected(category.equals(vm.categoryProperty().get()));
            chip.setOnAction(e -> {
                chip.setSelected(true); // a category stays chosen when tapped again
                vm.categoryProperty().set(category);
            });
            categoryBar.getChildren().add(chip);
        }
        categoryBar.setHgap(12);
        categoryBar.setVgap(12);
        BorderPane.setMargin(categoryBar, new Insets(0, 0, 14, 0));

        vm.visibleTiles().addListener((ListChangeListener<MenuTile>) c -> buildTiles());
        buildTiles();
        if (ctx.lowered()) {
            // easy portrait: the chosen category, large, in the header above the guidance
            showCategoryInHeader();
            vm.categoryProperty().addListener((o, was, now) -> showCategoryInHeader());
        }

        cartCount.textProperty().bind(Bindings.createStringBinding(
                () -> ctx.text("menu.cartCount", vm.cart().itemCountProperty().get()), vm.cart().itemCountProperty()));
        cartTotal.textProperty().bind(Bindings.createStringBinding(
                () -> ctx.price(vm.cart().totalProperty().get()), vm.cart().totalProperty()));
        checkoutButton.disableProperty().bind(vm.cart().emptyProperty());
        placeCart();
    }

    /** Portrait: a bar under the tiles; landscape: a panel at the right. */
    private void placeCart() {
        if (ctx.landscape()) {
            root.setBottom(null);
            root.setRight(cartBar);
            cartBar.getStyleClass().add("cart-panel");
            VBox.setVgrow(cartSpacer, Priority.ALWAYS);
            BorderPane.setMargin(cartBar, new Insets(0, 0, 0, 16));
            Label heading = new Label(ctx.text("menu.cartHeading"));
            heading.getStyleClass().add("subtitle");
            cartBar.getChildren().add(0, heading);
        } else {
            HBox bar = new HBox();
            bar.getStyleClass().add("cart-bar");
            bar.setId("cart-bar");
            VBox texts = new VBox(4, cartCount, cartTotal);
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            checkoutButton.setMaxWidth(Region.USE_PREF_SIZE);
            bar.getChildren().setAll(texts, grow, checkoutButton);
            root.setBottom(bar);
            BorderPane.setMargin(bar, new Insets(14, 0, 0, 0));
        }
    }

    private void showCategoryInHeader() {
        Category category = vm.categoryProperty().get();
        if (category == null || vm.visibleTiles().isEmpty()) {
            ctx.header().set(null);
            return;
        }
        MenuTile first = vm.visibleTiles().get(0);
        StackPane picture = new StackPane(Pictures.of(300, first.iconLiteral(), first.categoryImageUrl(), first.imageUrl()));
        picture.getStyleClass().add("tile-picture");
        picture.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        picture.setPadding(new Insets(12));
        Label name = new Label(category.name(ctx.korean()));
        name.getStyleClass().add("title");
        name.setWrapText(true);
        Label count = new Label(ctx.text("menu.itemsInCategory", vm.visibleTiles().size()));
        count.setWrapText(true);
        VBox texts = new VBox(8, name, count);
        texts.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(texts, Priority.ALWAYS);
        HBox header = new HBox(32, picture, texts);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setId("menu-header");
        ctx.header().set(header);
    }

    private void buildTiles() {
        tileGrid.getChildren().clear();
        tileGrid.getColumnConstraints().clear();
        int columns = ctx.columns();
        int index = 0;
        for (MenuTile tile : vm.visibleTiles()) {
            tileGrid.add(tileButton(tile), index % columns, index / columns);
            index++;
        }
    }

    private Button tileButton(MenuTile tile) {
        StackPane picture = new StackPane();
        picture.getStyleClass().add("tile-picture");
        // easy mode: a wide tile, the picture at 200 % beside the name (a column of tiles, not a cramped grid)
        double pictureHeight = ctx.accessible() ? 180 : 170;
        picture.setMinHeight(pictureHeight);
        picture.setPrefHeight(pictureHeight);
        if (ctx.accessible()) {
            picture.setMinWidth(pictureHeight);
            picture.setMaxWidth(pictureHeight);
        } else {
            picture.setMaxWidth(Double.MAX_VALUE);
        }
        picture.getChildren().add(Pictures.of(pictureHeight - 12, tile.iconLiteral(), tile.imageUrl(),
                tile.categoryImageUrl()));
        // tiles share the visible width; explicit widths keep wrapped names from inflating the grid
        var tileWidth = tileScroll.widthProperty().subtract((ctx.accessible() ? 44 : 24) + 18.0 * (ctx.columns() - 1)) // easy: its wider scroll bar
                .divide(ctx.columns());
        Label name = new Label(tile.item().name(ctx.korean()));
        double besidePicture = ctx.accessible() ? pictureHeight + 80 : 40;
        name.maxWidthProperty().bind(tileWidth.subtract(besidePicture));
        name.prefWidthProperty().bind(tileWidth.subtract(besidePicture));
        name.getStyleClass().add("tile-name");
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE); // two lines when the name needs them, never "Caramel ..."
        Label price = new Label(ctx.price(tile.item().price()));
        price.getStyleClass().add("tile-price");
        Label soldOut = new Label(ctx.text("menu.soldOut"));
        soldOut.getStyleClass().add("soldout-badge");
        soldOut.visibleProperty().bind(tile.soldOutProperty());
        StackPane priceOrBadge = new StackPane(price, soldOut);
        price.visibleProperty().bind(tile.soldOutProperty().not());
        Button button = new Button();
        if (ctx.accessible()) {
            priceOrBadge.setAlignment(Pos.CENTER_LEFT);
            VBox texts = new VBox(8, name, priceOrBadge);
            texts.setAlignment(Pos.CENTER_LEFT);
            HBox body = new HBox(24, picture, texts);
            body.setAlignment(Pos.CENTER_LEFT);
            button.setGraphic(body);
        } else {
            VBox body = new VBox(8, picture, name, priceOrBadge);
            body.setAlignment(Pos.TOP_CENTER);
            body.setFillWidth(true);
            button.setGraphic(body);
        }
        button.getStyleClass().add("tile");
        button.setId("tile-" + tile.item().id());
        button.prefWidthProperty().bind(tileWidth);
        button.minWidthProperty().bind(tileWidth);
        button.maxWidthProperty().bind(tileWidth);
        button.disableProperty().bind(tile.soldOutProperty());
        button.accessibleTextProperty().bind(Bindings.createStringBinding(() -> tile.item().name(ctx.korean()) + ", "
                + (tile.soldOut() ? ctx.text("menu.soldOut") : ctx.price(tile.item().price())), tile.soldOutProperty()));
        button.setOnAction(e -> vm.choose(tile));
        // a fixed height: room for a two-line name, so every row lines up
        double height = ctx.accessible() ? 220 : 320;
        button.setMinHeight(height);
        button.setPrefHeight(height);
        button.setMaxHeight(height);
        return button;
    }

    @FXML
    private void checkout() {
        vm.checkout();
    }
}
