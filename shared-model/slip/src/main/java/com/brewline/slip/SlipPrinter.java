package com.brewline.slip;

import com.brewline.model.Order;
import com.brewline.store.BrewlineStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.Charset;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Function;

/**
 * Prints the customer's slip after payment. Never throws and never holds the customer up beyond its
 * time-outs: no printer configured prints nothing; a printer unplugged, unreachable, out of paper or
 * with its cover open raises a staff alert (kind {@value #ALERT_KIND}, source the kiosk) that the
 * barista station lists, and the kiosk still shows the number on screen. The next slip that prints
 * resolves the alert. Call it off the FX thread.
 */
public final class SlipPrinter {
    public static final String ALERT_KIND = "PRINTER";
    private static final Logger log = LoggerFactory.getLogger(SlipPrinter.class);

    /** What became of one slip. */
    public enum Outcome { PRINTED, NOT_CONFIGURED, FAILED }

    private final PrinterSettings settings;
    private final BrewlineStore store;
    private final String kioskId;
    private final Function<Order, String> cancelCode;
    private final EscPosSlip encoder;
    private final PrinterConnection connection;

    /**
     * @param cancelCode the order's cancel code (the domain's {@code CancelCode::of}), or a function answering
     *                   null when the kiosk offers none: the slip then prints no code
     */
    public SlipPrinter(PrinterSettings settings, BrewlineStore store, String kioskId, Function<Order, String> cancelCode) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.store = store;
        this.kioskId = kioskId;
        this.cancelCode = cancelCode;
        this.encoder = new EscPosSlip(settings.charset(), settings.columns());
        this.connection = new PrinterConnection(settings.connectTimeout(), Duration.ofMillis(800));
    }

    public boolean isConfigured() {
        return !(settings.target() instanceof PrinterTarget.None);
    }

    public SlipContent content(Order paid, String storeName, ZoneId zone, boolean korean) {
        return SlipContent.of(paid, storeName, zone, cancelCode.apply(paid), settings.statusQr(paid), korean);
    }

    public Outcome print(Order paid, String storeName, ZoneId zone, boolean korean) {
        if (!isConfigured()) {
            return Outcome.NOT_CONFIGURED;
        }
        try {
            connection.send(settings.target(), encoder.render(content(paid, storeName, zone, korean)));
            store.alerts().resolve(kioskId, ALERT_KIND, kioskId);
            return Outcome.PRINTED;
        } catch (PrinterException e) {
            log.warn("slip of order {} not printed: {}", paid.ref(), e.getMessage());
            alert(e.getMessage());
            return Outcome.FAILED;
        } catch (RuntimeException e) {
            log.error("slip of order {} not printed", paid.ref(), e);
            alert("the slip could not be printed: " + e.getMessage());
            return Outcome.FAILED;
        }
    }

    private void alert(String message) {
        try {
            store.alerts().raise(kioskId, ALERT_KIND, message);
        } catch (RuntimeException e) {
            log.error("could not raise the printer alert for staff: {}", e.toString());
        }
    }

    /** The printer's settings, bounded: {@code printer.target}, {@code printer.charset}, {@code printer.columns}... */
    public record PrinterSettings(PrinterTarget target, Charset charset, int columns, Duration connectTimeout,
                                  String statusUrl) {
        public PrinterSettings {
            Objects.requireNonNull(target, "target");
            if (columns < 24 || columns > 64) {
                throw new IllegalArgumentException("printer.columns must be 24..64, was " + columns);
            }
            if (connectTimeout.compareTo(Duration.ofMillis(100)) < 0 || connectTimeout.compareTo(Duration.ofSeconds(10)) > 0) {
                throw new IllegalArgumentException("printer.connectTimeoutMs must be 100..10000");
            }
            if (statusUrl != null && !statusUrl.contains("{orderId}")) {
                throw new IllegalArgumentException("printer.statusUrl must hold {orderId}, e.g. https://cafe.example/order/{orderId}");
            }
        }

        /** From the configuration's texts; every bad value is named. */
        public static PrinterSettings of(String target, String charset, int columns, int connectTimeoutMs, String statusUrl) {
            Charset cs;
            try {
                cs = Charset.forName(charset == null ? "EUC-KR" : charset);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("printer.charset '" + charset + "' is not a known character set "
                        + "(EUC-KR or x-windows-949 for Korean printers)");
            }
            return new PrinterSettings(PrinterTarget.parse(target), cs, columns, Duration.ofMillis(connectTimeoutMs), statusUrl);
        }

        public static PrinterSettings none() {
            return of(null, null, 42, 2000, null);
        }

        /** The QR code's text: the shop's status address for the order, or the order's own reference. */
        String statusQr(Order order) {
            return statusUrl != null ? statusUrl.replace("{orderId}", order.paymentOrderId())
                    .replace("{pickupNumber}", Integer.toString(order.pickupNumber()))
                    : "BREWLINE-ORDER:" + order.paymentOrderId();
        }
    }
}
