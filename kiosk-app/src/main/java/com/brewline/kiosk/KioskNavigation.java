package com.brewline.kiosk;

import com.brewline.kiosk.frame.FrameViewModel;
import com.brewline.kiosk.frame.Screen;

/** The kiosk's flow between screens, wired once by {@link KioskUi} (the composition root). */
final class KioskNavigation {
    private KioskNavigation() {
    }

    /** Who goes where after each step, and what a start-over or time-out clears. */
    static void wire(KioskUi ui) {
        FrameViewModel frame = ui.frame();
        var cart = ui.cart();
        var menu = ui.menu();
        var item = ui.item();
        var pay = ui.pay();
        var done = ui.done();
        var status = ui.status();
        var liveMenu = ui.liveMenu();
        var attract = ui.attract();
        var inactivity = ui.inactivity();
        var staff = ui.staff();
        var staffCall = ui.staffCall();
        var suggest = ui.suggest();
        KioskContext context = ui.context();
        // easy mode's guidance says what the screen shows now: no order can start, a payment that did not go through
        frame.guidanceVariantProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            if (frame.screen() == Screen.ATTRACT && attract.knownProperty().get() && !attract.orderingProperty().get()) {
                return "closed";
            }
            if (frame.screen() == Screen.PAY && pay.state() != com.brewline.kiosk.pay.PayState.IDLE
                    && !pay.state().inProgress()) {
                return "stopped";
            }
            return "";
        }, frame.screenProperty(), attract.knownProperty(), attract.orderingProperty(), pay.stateProperty()));
        // a new menu file: at once on an idle kiosk, else when the customer is done (issue 13)
        liveMenu.wire(() -> frame.screen() == Screen.ATTRACT && cart.emptyProperty().get(), newMenu -> {
            menu.useMenu(newMenu);
            item.useMenu(newMenu);
        });
        attract.setOnStart(() -> frame.go(Screen.MENU));
        attract.setOnStatus(() -> {
            status.clear();
            frame.go(Screen.STATUS);
        });
        menu.setOnItemChosen(chosen -> {
            item.open(chosen, menu.tile(chosen.id()).soldOutProperty());
            frame.go(Screen.ITEM);
        });
        menu.setOnCheckout(() -> frame.go(Screen.CART));
        item.setOnAdded(() -> frame.go(Screen.MENU));
        item.setOnBack(() -> frame.go(Screen.MENU));
        cart.setOnMoreItems(() -> frame.go(Screen.MENU));
        cart.setOnPay(() -> {
            frame.go(Screen.PAY);
            pay.start();
        });
        pay.setOnBackToCart(() -> frame.go(Screen.CART));
        pay.setOnPaid(order -> {
            context.afterPayment().paid(order, frame.i18n().korean()); // the slip, in its own thread
            done.show(order);
            frame.go(Screen.DONE);
        });
        done.setOnFinished(frame::endSession);
        frame.onSessionEnd(() -> {
            pay.reset();
            menu.reset();
            item.reset();
            inactivity.touch();
            cart.clear();
            status.clear();
            done.clear();
            context.phoneEntry().clear();
            staff.dismiss();
            staffCall.clear();
            suggest.reset();
            liveMenu.betweenCustomers();
        });
    }
}
