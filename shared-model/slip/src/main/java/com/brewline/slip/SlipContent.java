package com.brewline.slip;

import com.brewline.model.ChosenOption;
import com.brewline.model.DiningOption;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a slip says, in the customer's language: the store, the pickup number, every line with its
 * options and amount, the total with its VAT, the payment time in the store's time zone, the cancel code
 * and what the status QR code holds.
 */
public record SlipContent(String storeName, int pickupNumber, DiningOption dining, List<Line> lines, long total,
                          long vat, ZonedDateTime paidAt, String cancelCode, String statusQr, boolean korean) {
    public record Line(String name, String options, int quantity, long amount) {
    }

    public SlipContent {
        lines = List.copyOf(lines);
        Objects.requireNonNull(storeName, "storeName");
        if (pickupNumber < 1) {
            throw new IllegalArgumentException("a slip is printed only for a paid order with its pickup number");
        }
    }

    /**
     * @param cancelCode the order's cancel code (the domain's CancelCode), null when the kiosk offers none
     * @param statusQr   what the QR code holds: the order's status address
     */
    public static SlipContent of(Order order, String storeName, ZoneId zone, String cancelCode, String statusQr,
                                 boolean korean) {
        List<Line> lines = order.lines().stream().map(l -> line(l, korean)).toList();
        ZonedDateTime at = (order.paidAt() != null ? order.paidAt() : order.createdAt()).atZone(zone);
        return new SlipContent(storeName, order.pickupNumber(), order.dining(), lines, order.total(), order.vatPart(), at,
                cancelCode, statusQr, korean);
    }

    private static Line line(OrderLine l, boolean korean) {
        String options = l.options().stream().map(o -> optionText(o, korean)).collect(Collectors.joining(", "));
        return new Line(l.name(korean), options, l.quantity(), l.lineTotal());
    }

    private static String optionText(ChosenOption o, boolean korean) {
        return o.name(korean);
    }
}
