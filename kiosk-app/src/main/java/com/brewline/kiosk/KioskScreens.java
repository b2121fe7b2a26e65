package com.brewline.kiosk;

import com.brewline.display.I18n;
import com.brewline.kiosk.attract.AttractView;
import com.brewline.kiosk.cart.CartView;
import com.brewline.kiosk.common.ViewContext;
import com.brewline.kiosk.done.DoneView;
import com.brewline.kiosk.frame.Screen;
import com.brewline.kiosk.item.ItemView;
import com.brewline.kiosk.menu.MenuView;
import com.brewline.kiosk.pay.PayView;
import com.brewline.kiosk.status.StatusView;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.function.Supplier;

/** Builds the current screen (its FXML with its View) for a language, mode and orientation. */
final class KioskScreens {
    private final KioskUi ui;

    KioskScreens(KioskUi ui) {
        this.ui = ui;
    }

    Parent build(ViewContext ctx) {
        Screen screen = ui.frame().screen();
        var context = ui.context();
        Supplier<Object> view = switch (screen) {
            case ATTRACT -> () -> new AttractView(ui.attract(), ctx);
            case MENU -> () -> new MenuView(ui.menu(), ctx);
            case ITEM -> () -> new ItemView(ui.item(), ctx);
            case CART -> () -> new CartView(ui.cart(), ctx);
            case PAY -> () -> new PayView(ui.pay(), ctx);
            case DONE -> () -> new DoneView(ui.done(), ctx);
            case STATUS -> () -> new StatusView(ui.status(), ctx);
        };
        Parent loaded = load(screen.id() + "/" + screen.id() + ".fxml", ctx.i18n(), view.get());
        if (screen == Screen.CART && !ctx.accessible()) {
            // issue 11: the one suggestion of the order, above the dining choice (never in easy mode)
            javafx.scene.layout.VBox summary = (javafx.scene.layout.VBox) loaded.lookup("#summary");
            summary.getChildren().add(0, new com.brewline.kiosk.suggest.SuggestView(ui.suggest(), ctx).root());
        }
        if (screen == Screen.CART && context.phoneEntry().offeredProperty().get()) {
            // issue 14: the optional phone number for messages
            com.brewline.kiosk.phone.PhoneEntryView.placeInCart(loaded, context.phoneEntry(), ctx);
        }
        return loaded;
    }

    /** Loads an FXML file of the kiosk with its View as controller and the language's bundle. */
    static Parent load(String path, I18n i18n, Object view) {
        URL url = KioskUi.class.getResource("/com/brewline/kiosk/" + path);
        if (url == null) {
            throw new IllegalStateException("missing FXML " + path);
        }
        FXMLLoader loader = new FXMLLoader(url, i18n.bundle());
        loader.setControllerFactory(type -> view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + path, e);
        }
    }
}
