package com.brewline.model;

/**
 * Korean VAT (10%) is included in every menu price. The supply value is total * 10 / 11
 * rounded half up to the won, and the VAT part is what remains, so supply + VAT == total exactly.
 */
public final class Vat {
    private Vat() {
    }

    public static long supplyValue(long totalWon) {
        if (totalWon < 0) {
            throw new IllegalArgumentException("total must not be negative: " + totalWon);
        }
        return (totalWon * 10 + 5) / 11;
    }

    public static long includedVat(long totalWon) {
        return totalWon - supplyValue(totalWon);
    }
}
