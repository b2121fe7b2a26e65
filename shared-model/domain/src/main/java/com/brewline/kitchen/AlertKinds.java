package com.brewline.kitchen;

/**
 * The kinds of staff alert ({@code StaffAlerts.raise(source, kind, message)}), in one place so that the
 * processes that raise them and the screens that show them agree on the strings.
 */
public final class AlertKinds {
    /** A customer pressed "call staff" on a kiosk; the source is the kiosk's id. Resolved when staff acknowledge. */
    public static final String STAFF_CALL = "STAFF_CALL";
    /** The slip printer is out of paper, open, unplugged or unreachable; resolved by the next slip printed. */
    public static final String PRINTER = "PRINTER";
    /** A kiosk saw no live station (every station silent past the limit); resolved when one beats again. */
    public static final String STATION_SILENT = "STATION_SILENT";
    /**
     * A changed menu file was refused (the message names file, line and field); the kiosk keeps its menu.
     * Resolved when a valid menu file arrives.
     */
    public static final String MENU_FILE = "MENU_FILE";

    private AlertKinds() {
    }
}
