package com.brewline.kiosk.common;

import javafx.scene.Parent;

/** A layer the frame puts over every screen (the inactivity warning, the staff PIN pad). */
public interface Overlay {
    Parent root();

    /** In easy mode on a portrait screen everything to touch sits in the lower part. */
    void lower(boolean lowered);
}
