package com.brewline.config;

import java.nio.file.Path;

/**
 * The one rule for a staff PIN, used by the kiosk's PIN pad, {@code brewline hash-pin}, the configuration
 * and the office's PIN change: 4 to 12 digits. A new PIN is written only as its hash, into
 * {@code kiosk.staffPinHash} of the configuration file ({@link ConfigFile}: every other field kept, the
 * file checked before and after, replaced in one step).
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

    /** Why a PIN change is refused; {@link #check} returns null when it may be written. */
    public enum Problem { OLD_PIN_WRONG, NOT_4_TO_12_DIGITS, REPEAT_DIFFERS, SAME_AS_OLD }

    public static Problem check(String oldPin, String currentHash, String newPin, String repeat) {
        if (!PinHash.matches(oldPin, currentHash)) {
            return Problem.OLD_PIN_WRONG;
        }
        if (!isValid(newPin)) {
            return Problem.NOT_4_TO_12_DIGITS;
        }
        if (!newPin.equals(repeat)) {
            return Problem.REPEAT_DIFFERS;
        }
        return newPin.equals(oldPin) ? Problem.SAME_AS_OLD : null;
    }

    /**
     * Writes the new PIN's hash into {@code configFile} (created when missing) atomically.
     *
     * @throws ConfigException when the file is not a valid configuration (it is then left untouched)
     */
    public static void write(Path configFile, String newPin, ConfigLoader loader) {
        ConfigFile.put(configFile, loader, "kiosk", "staffPinHash", PinHash.hash(require(newPin)));
    }
}
