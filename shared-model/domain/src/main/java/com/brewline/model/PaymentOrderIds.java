package com.brewline.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The id the payment provider knows an order by: "BL" + business date + "-" + a random base-36
 * part, e.g. {@code BL20261123-3k9x0q2m1z7ab}. Random rather than sequential so that two
 * databases (a restored backup, a second store, a copy to PostgreSQL) never send the provider the same id.
 */
public final class PaymentOrderIds {
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private PaymentOrderIds() {
    }

    public static String next(LocalDate businessDate) {
        String random = Long.toString(UUID.randomUUID().getMostSignificantBits() & Long.MAX_VALUE, 36);
        return "BL" + DATE.format(businessDate) + "-" + random;
    }
}
