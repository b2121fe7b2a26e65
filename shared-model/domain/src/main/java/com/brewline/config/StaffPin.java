package com.brewline.config;

import java.nio.file.Path;

/**
 * The one rule for a staff PIN, used by the kiosk's PIN pad, {@code brewline pin set}, the configuration
 * and the office's PIN change: 4 to 12 digits. A new PIN is written only as its hash, into
 * {@code kiosk.staffPinHash} of the configuration file ({@link ConfigFile}: every other field kept, the
 * file checked before and after, replaced in one step).
 *
 * <p>No PIN set means no staff action (ADR 0013): there is no default PIN. The demo PIN {@value #DEMO_PIN} exists
 * only when a process is started with {@value #DEMO_PIN_OPTION} (the demo launcher passes it) and no PIN is set;
 * every staff prompt then says so. It is recognised by its hash, made once per process, so a PIN an owner set
 * (another salt) is never taken for the demo's.
 */
public final class StaffPin {
    public static final int MIN_DIGITS = 4;
    public static final int MAX_DIGITS = 12;
    public static final String RULE = MIN_DIGITS + " to " + MAX_DIGITS + " digits";
    /** The demo's PIN, shown on every staff prompt while it is in use. */
    public static final String DEMO_PIN = "1234";
    /** The command-line option that chooses the demo PIN (every screen's launch options). */
    public static final String DEMO_PIN_OPTION = "--demo-pin";
    /** How an owner sets the PIN without the office (said wherever a staff action is refused for want of one). */
    public static final String HOW_TO_SET = "brewline pin set";

    /** Hashed once per process, when first needed: even the demo PIN is only ever held as a hash. */
    private static final class Demo {
        static final String HASH = PinHash.hash(DEMO_PIN);
    }

    /** The demo PIN's hash of this process. */
    public static String demoHash() {
        return Demo.HASH;
    }

    /** Whether {@code hash} is this process's demo PIN (chosen with {@value #DEMO_PIN_OPTION}), never an owner's PIN. */
    public static boolean isDemo(String hash) {
        return hash != null && hash.equals(Demo.HASH);
    }

    /**
     * The hash a staff prompt checks now: the one in the configuration file (read again, so a PIN changed a moment
     * ago counts), else the demo PIN's when this process chose it, else null: no staff action until a PIN is set.
     */
    public static String current(String fileHash, boolean demoChosen) {
        return fileHash != null ? fileHash : demoChosen ? Demo.HASH : null;
    }

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
