package com.brewline.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * Proof that an order is yours when you cancel it: a short code shown to the customer who paid
 * (done screen, and later the slip and the status QR), derived from the order's payment order id.
 * That id is random (about 63 bits) and never shown at the kiosk, so the code cannot be worked
 * out from the small, guessable pickup number; guessing it is slowed down by {@link AttemptThrottle}.
 * Derived, not stored: nothing to migrate, and every process (kiosk, slip printer, phone message)
 * computes the same code from the same order.
 */
public final class CancelCode {
    /** Four digits: typed on the kiosk's number pad, read aloud, printed on a slip. */
    public static final int LENGTH = 4;
    private static final String CONTEXT = "brewline-cancel-code-v1:";

    private CancelCode() {
    }

    /** The code of the order paid under {@code paymentOrderId}. */
    public static String of(String paymentOrderId) {
        Objects.requireNonNull(paymentOrderId, "paymentOrderId");
        byte[] digest = sha256(CONTEXT + paymentOrderId);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (digest[i] & 0xff);
        }
        int modulus = (int) Math.pow(10, LENGTH);
        return String.format("%0" + LENGTH + "d", Long.remainderUnsigned(value, modulus));
    }

    public static String of(Order order) {
        return of(order.paymentOrderId());
    }

    /** Whether {@code entered} is the order's code; compared in constant time. */
    public static boolean matches(String paymentOrderId, String entered) {
        if (entered == null || entered.length() != LENGTH) {
            return false;
        }
        return MessageDigest.isEqual(of(paymentOrderId).getBytes(StandardCharsets.US_ASCII),
                entered.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
