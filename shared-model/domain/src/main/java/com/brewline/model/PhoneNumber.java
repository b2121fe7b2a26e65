package com.brewline.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Korean mobile number a customer left for messages: digits only, {@code 01[016789]} then 7 or 8
 * digits (the notification contract's rule). {@link #toString()} is masked (010-****-5678) so the
 * number never reaches a log by accident; only {@link #digits()} gives it whole, for the provider.
 */
public final class PhoneNumber {
    private static final Pattern MOBILE = Pattern.compile("01[016789][0-9]{7,8}");
    private final String digits;

    private PhoneNumber(String digits) {
        this.digits = digits;
    }

    /**
     * Reads what a customer typed: spaces and hyphens are allowed between digits, nothing else.
     *
     * @throws IllegalArgumentException naming the rule (never the number) when it is not a Korean mobile number
     */
    public static PhoneNumber of(String typed) {
        return parse(typed).orElseThrow(() -> new IllegalArgumentException(
                "not a Korean mobile number (01X and 7 or 8 more digits)"));
    }

    public static Optional<PhoneNumber> parse(String typed) {
        if (typed == null || typed.length() > 20) {
            return Optional.empty();
        }
        String digits = typed.replace("-", "").replace(" ", "");
        return MOBILE.matcher(digits).matches() ? Optional.of(new PhoneNumber(digits)) : Optional.empty();
    }

    /** The whole number, digits only: for the provider and the store, never for a log or a screen. */
    public String digits() {
        return digits;
    }

    /** 010-****-5678: what staff see and what logs may show. */
    public String masked() {
        return mask(digits);
    }

    /** Masks any stored number the same way (the middle digits become stars). */
    public static String mask(String digits) {
        if (digits == null || digits.length() < 8) {
            return "***";
        }
        String head = digits.substring(0, 3);
        String tail = digits.substring(digits.length() - 4);
        return head + "-" + "*".repeat(digits.length() - 7) + "-" + tail;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhoneNumber p && p.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    @Override
    public String toString() {
        return masked();
    }
}
