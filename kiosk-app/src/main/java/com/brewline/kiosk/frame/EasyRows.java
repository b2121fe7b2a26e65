package com.brewline.kiosk.frame;

import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Where the voice controls and call staff go. Normal mode: call staff in the middle of the footer, no voice
 * controls. Easy mode in portrait (200 % type, the footer full): a row above the footer, call staff leading and
 * the voice button closing it (below the upper part, within reach). Easy landscape, where height is scarce and
 * width is not: call staff stays in the footer, the voice button sits on the header's bar.
 */
final class EasyRows {
    private final HBox voiceRow;
    private final HBox headerBar;
    private final Pane staffCallSlot;
    private final com.brewline.kiosk.common.VoiceControls voice;
    private final Node voiceControls;
    private final Node staffCall;
    private final Region spacer = new Region();

    EasyRows(HBox voiceRow, HBox headerBar, Pane staffCallSlot, com.brewline.kiosk.common.VoiceControls voice, Node staffCall) {
        this.voice = voice;
        Node voiceControls = voice.root();
        this.voiceRow = voiceRow;
        this.headerBar = headerBar;
        this.staffCallSlot = staffCallSlot;
        this.voiceControls = voiceControls;
        this.staffCall = staffCall;
        HBox.setHgrow(spacer, Priority.ALWAYS);
    }

    void place(boolean easy, boolean landscape) {
        voiceRow.getChildren().removeAll(voiceControls, spacer);
        headerBar.getChildren().remove(voiceControls);
        if (staffCall != null) {
            staffCallSlot.getChildren().remove(staffCall);
            voiceRow.getChildren().remove(staffCall);
            if (easy && !landscape) {
                voiceRow.getChildren().add(0, staffCall);
            } else {
                staffCallSlot.getChildren().setAll(staffCall);
            }
        }
        if (!easy) {
            voice.fold();
        } else {
            voiceRow.getChildren().add(spacer);
            (landscape ? headerBar : voiceRow).getChildren().add(voiceControls);
        }
        boolean rowShown = easy && !landscape;
        voiceRow.setAlignment(javafx.geometry.Pos.BOTTOM_LEFT); // an unfolded voice panel grows the row upwards
        voiceRow.setVisible(rowShown);
        voiceRow.setManaged(rowShown);
    }
}
