package com.brewline.kiosk.frame;

import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Where the voice controls and call staff go. Normal mode: call staff in the middle of the footer, no voice
 * controls. Easy mode in portrait (200 % type, the footer full): a row above the footer, call staff leading and
 * the voice button closing it (below the upper part, within reach). Easy landscape, where a row more would push
 * the screen's own controls off it: call staff at the header's right end, the voice button beside it.
 */
final class EasyRows {
    private final HBox voiceRow;
    private final HBox headerBar;
    private final Pane staffCallSlot;
    private final Pane headerStaffCallSlot;
    private final com.brewline.kiosk.common.VoiceControls voice;
    private final Node voiceControls;
    private final Node staffCall;
    private final Region spacer = new Region();

    EasyRows(HBox voiceRow, HBox headerBar, Pane staffCallSlot, Pane headerStaffCallSlot,
             com.brewline.kiosk.common.VoiceControls voice, Node staffCall) {
        this.headerStaffCallSlot = headerStaffCallSlot;
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
            headerStaffCallSlot.getChildren().remove(staffCall);
            voiceRow.getChildren().remove(staffCall);
            if (easy && !landscape) {
                voiceRow.getChildren().add(0, staffCall);
            } else if (easy) {
                headerStaffCallSlot.getChildren().setAll(staffCall);
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

    /**
     * The header's picture slot for one screen: what the screen puts in the returned property shows in {@code box}
     * in easy portrait ({@code lowered}); elsewhere nothing does.
     */
    static javafx.beans.property.ObjectProperty<Node> headerSlot(javafx.scene.layout.StackPane box, boolean lowered) {
        javafx.beans.property.ObjectProperty<Node> picture = new javafx.beans.property.SimpleObjectProperty<>();
        box.getChildren().clear();
        box.setManaged(false);
        box.setVisible(false);
        picture.addListener((o, was, now) -> {
            box.getChildren().setAll(now == null || !lowered ? java.util.List.of() : java.util.List.of(now));
            box.setManaged(!box.getChildren().isEmpty());
            box.setVisible(box.isManaged());
        });
        return picture;
    }
}
