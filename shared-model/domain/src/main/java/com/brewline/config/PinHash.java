package com.brewline.config;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The staff PIN is stored only as a salted PBKDF2 hash:
 * {@code pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>}. Make one with {@code brewline hash-pin}.
 */
public final class PinHash {
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int ITERATIONS = 120_000;
    /** Fewer is too cheap to guess; more hangs the kiosk's start and every PIN check. */
    public static final int MIN_ITERATIONS = 10_000;
    public static final int MAX_ITERATIONS = 1_000_000;

    private PinHash() {
    }

    /** @throws IllegalArgumentException when the PIN breaks {@link StaffPin}'s rule */
    public static String hash(String pin) {
        StaffPin.require(pin);
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return SCHEME + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(pin, salt, ITERATIONS));
    }

    public static boolean matches(String pin, String stored) {
        if (!StaffPin.isValid(pin) || stored == null || !isWellFormed(stored)) {
            return false;
        }
        String[] parts = stored.split("\\$");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(pin, salt, Integer.parseInt(parts[1])));
    }

    public static boolean isWellFormed(String stored) {
        return stored != null && problemWith(stored) == null;
    }

    /** What is wrong with a stored hash, in words for the configuration error; null when it is usable. */
    public static String problemWith(String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return "is not a PIN hash made by 'brewline hash-pin'";
        }
        long iterations;
        try {
            iterations = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return "is not a PIN hash made by 'brewline hash-pin' (its iteration count is not a number)";
        }
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            return "has " + iterations + " PBKDF2 iterations; allowed " + MIN_ITERATIONS + " to " + MAX_ITERATIONS
                    + " (make a new one with 'brewline hash-pin')";
        }
        try {
            if (Base64.getDecoder().decode(parts[2]).length == 0 || Base64.getDecoder().decode(parts[3]).length == 0) {
                return "is not a PIN hash made by 'brewline hash-pin' (empty salt or hash)";
            }
        } catch (IllegalArgumentException e) {
            return "is not a PIN hash made by 'brewline hash-pin' (salt or hash is not Base64)";
        }
        return null;
    }

    private static byte[] derive(String pin, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        }
    }
}
