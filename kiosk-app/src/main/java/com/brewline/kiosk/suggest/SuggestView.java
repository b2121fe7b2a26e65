package com.brewline.kiosk.suggest;

import com.brewline.kiosk.common.ViewContext;
import com.brewline.model.MenuItem;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The suggestion's small card on the cart screen: picture, name, price, add, and a way to say no thanks. */
public final class SuggestView {
    private static final double PICTURE = 96;

    private final SuggestViewModel vm;
    private final ViewContext ctx;
    private final HBox card = new HBox(16);

    public SuggestView(SuggestViewModel vm, ViewContext ctx) {
        this.vm = vm;
        this.ctx = ctx;
        card.setId("suggestion");
        card.getStyleClass().add("suggestion-card");
        card.setAlignment(Pos.CENTER_LEFT);
        vm.offerProperty().addListener((o, was, now) -> show(now));
        show(vm.offerProperty().get());
    }

    public HBox root() {
        return card;
    }

    private void show(MenuItem item) {
        card.setVisible(item != null);
        card.setManaged(item != null);
        if (item == null) {
            card.getChildren().clear();
            return;
        }
        StackPane picture = new StackPane();
        picture.getStyleClass().add("suggestion-picture");
        picture.setMinSize(PICTURE, PICTURE);
        picture.setPrefSize(PICTURE, PICTURE);
        picture.setMaxSize(PICTURE, PICTURE);
        Image image = item.image() == null ? null : new Image(item.image(), PICTURE, PICTURE, true, true, true);
        if (image != null && !image.isError()) {
            picture.getChildren().add(new ImageView(image));
        } else {
            picture.getChildren().add(new FontIcon("mdal-cake"));
        }
        Label title = new Label(ctx.text("suggest.title"));
        title.getStyleClass().add("suggestion-title");
        Label name = new Label(item.name(ctx.korean()));
        name.getStyleClass().add("line-name");
        name.setWrapText(true);
        Label price = new Label(ctx.price(item.price()));
        price.getStyleClass().add("price");
        VBox texts = new VBox(4, title, name, price);
        texts.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(texts, Priority.ALWAYS);
        Button add = new Button(ctx.text("suggest.add"), new FontIcon("mdal-add_shopping_cart"));
        add.setId("suggestion-add");
        add.getStyleClass().add("primary");
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        add.setOnAction(e -> vm.add());
        Button dismiss = new Button(ctx.text("suggest.dismiss"));
        dismiss.setId("suggestion-dismiss");
        dismiss.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dismiss.setOnAction(e -> vm.dismiss());
        VBox buttons = new VBox(8, add, dismiss);
        buttons.setAlignment(Pos.CENTER);
        card.getChildren().setAll(picture, texts, buttons);
    }
}
