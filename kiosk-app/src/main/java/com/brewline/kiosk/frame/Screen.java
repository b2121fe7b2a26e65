package com.brewline.kiosk.frame;

/** The kiosk's screens; each has a View, a ViewModel and an FXML file in its own package. */
public enum Screen {
    ATTRACT, MENU, ITEM, CART, PAY, DONE, STATUS;

    /** Lower-case id used for FXML paths, bundle keys and screenshot names. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Screens where a forgotten customer session should time out (not attract, not while paying). */
    public boolean watchesInactivity() {
        return this == MENU || this == ITEM || this == CART || this == STATUS;
    }
}
