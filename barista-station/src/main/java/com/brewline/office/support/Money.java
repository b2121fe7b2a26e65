package com.brewline.office.support;

import java.time.Duration;

/** Won and durations as the office writes them: "4,500원" in Korean, "₩4,500" in English; "1분 05초" / "1 min 05 s". */
public final class Money {
    private Money() {
    }

    public static String won(long amount, boolean korean) {
        return com.brewline.display.I18n.formatPrice(amount, korean); // one money format on every screen
    }

    public static String duration(Duration d, boolean korean) {
        long s = Math.max(0, Math.round(d.toMillis() / 1000.0));
        if (s < 60) {
            return korean ? s + "초" : s + " s";
        }
        return korean ? String.format("%d분 %02d초", s / 60, s % 60) : String.format("%d min %02d s", s / 60, s % 60);
    }

    public static String percent(double share) {
        return Math.round(share * 1000) / 10.0 + "%";
    }
}
