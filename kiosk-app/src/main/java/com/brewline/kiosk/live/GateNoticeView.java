package com.brewline.kiosk.live;

import com.brewline.display.I18n;
import com.brewline.kitchen.KioskAdvice;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The gate's notes over the screens: for staff, a banner on every screen while no station is alive; for the
 * customer, the wait said up front on the start and menu screens once it passed the owner's warning limit.
 * Nothing shows while the gate's answer is unknown.
 */
public final class GateNoticeView {
    private final HBox staffBanner;
    private final HBox waitNote;

    /** @param orderingScreen whether the customer is choosing (start, menu, item screens): the wait shows there */
    public GateNoticeView(GateViewModel gate, I18n i18n, ObservableBooleanValue orderingScreen) {
        Label staffText = new Label();
        staffText.setId("staff-banner-text");
        staffText.setWrapText(true);
        staffText.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(staffText, Priority.ALWAYS);
        staffText.textProperty().bind(Bindings.createStringBinding(() -> {
            KioskAdvice advice = gate.adviceProperty().get();
            if (advice == null || !advice.warnStaffNoStation()) {
                return "";
            }
            return i18n.text(advice.takingOrders() ? "gate.staff.noStation" : "gate.staff.noStationStopped");
        }, gate.adviceProperty(), i18n.localeProperty()));
        staffBanner = new HBox(12, new FontIcon("mdmz-report_problem"), staffText);
        staffBanner.setId("staff-banner");
        staffBanner.getStyleClass().addAll("notice", "staff-banner");
        staffBanner.visibleProperty().bind(gate.warnStaffProperty());
        staffBanner.managedProperty().bind(staffBanner.visibleProperty());

        Label waitText = new Label();
        waitText.setId("wait-up-front");
        waitText.setWrapText(true);
        waitText.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(waitText, Priority.ALWAYS);
        waitText.textProperty().bind(Bindings.createStringBinding(() -> i18n.text("gate.waitUpFront",
                gate.waitMinutesProperty().get()), gate.waitMinutesProperty(), i18n.localeProperty()));
        waitNote = new HBox(12, new FontIcon("mdal-hourglass_top"), waitText);
        waitNote.getStyleClass().addAll("notice", "wait-note");
        waitNote.visibleProperty().bind(Bindings.createBooleanBinding(() -> gate.showWaitProperty().get()
                        && gate.takingOrdersProperty().get() && orderingScreen.get(),
                gate.showWaitProperty(), gate.takingOrdersProperty(), orderingScreen));
        waitNote.managedProperty().bind(waitNote.visibleProperty());
    }

    public HBox staffBanner() {
        return staffBanner;
    }

    public HBox waitNote() {
        return waitNote;
    }
}
