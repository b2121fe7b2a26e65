package com.brewline.config;

/**
 * The one rule for a staff PIN, used by the kiosk's PIN pad, {@code brewline hash-pin} and the
 * configuration: 4 to 12 digits.
 */
public final class StaffPin {
    public static final int MIN_DIGITS = 4;
    public static final int MAX_DIGITS = 12;
    public static final String RULE = MIN_DIGITS + " to " + MAX_DIGITS + " digits";

    private StaffPin() {
    }

    public static boolean isValid(String pin) {
        if (pin == null || pin.length() < MIN_DIGITS || pin.length() > MAX_DIGITS) {
            return false;
        }
        for (int i = 0; i < pin.length(); i++) {
            char ch = pin.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }

    /** @throws IllegalArgumentException naming the rule (never echoing the PIN) */
    public static String require(String pin) {
        if (!isValid(pin)) {
            throw new IllegalArgumentException("the staff PIN must be " + RULE + " (0-9 only)");
        }
        return pin;
    }
}
