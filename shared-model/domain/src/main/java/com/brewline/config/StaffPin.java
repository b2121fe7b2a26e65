package com.brewline.config;


import java.nio.file.Path;

/**
 * The staff PIN: 4 to 12 digits (what the kiosk's number pad takes and {@code hash-pin} accepts), and how a
 * new one is written: hashed, into {@code kiosk.staffPinHash} of the configuration file, every other field
 * left as it was, the whole file checked by the configuration's own rules before it replaces the old one.
 */
public final class StaffPin {
    public static final int MIN_DIGITS = 4;
    public static final int MAX_DIGITS = 12;

    private StaffPin() {
    }

    public static boolean isValid(String pin) {
        return pin != null && pin.length() >= MIN_DIGITS && pin.length() <= MAX_DIGITS
                && pin.chars().allMatch(ch -> ch >= '0' && ch <= '9');
    }

    /** Why a change is refused, or null when it may be written. */
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
        if (!isValid(newPin)) {
            throw new IllegalArgumentException("the PIN must be " + MIN_DIGITS + " to " + MAX_DIGITS + " digits");
        }
        ConfigFile.put(configFile, loader, "kiosk", "staffPinHash", PinHash.hash(newPin));
    }
}
