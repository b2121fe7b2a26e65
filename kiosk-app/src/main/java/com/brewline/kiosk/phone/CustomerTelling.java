package com.brewline.kiosk.phone;

import com.brewline.config.BrewlineConfig;
import com.brewline.kiosk.live.PaidWaits;
import com.brewline.model.Order;
import com.brewline.notify.MessageTexts;
import com.brewline.notify.NotificationClient;
import com.brewline.notify.NotificationSender;
import com.brewline.notify.NotifySettings;
import com.brewline.slip.SlipPrinter;
import com.brewline.store.BrewlineStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * What a kiosk runs to tell its customers, from the configuration: the outbox sender (its own thread; none
 * when {@code notify.url} is not set) and the slip printer (its own thread; nothing when
 * {@code printer.target} is "none"). Closing stops both.
 */
public final class CustomerTelling implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CustomerTelling.class);

    private final NotificationSender sender;
    private final SlipPrinter slips;
    private final ExecutorService printing;
    private final BrewlineConfig config;

    /**
     * @param cancelCode the order's cancel code for the slip (the domain's CancelCode::of); a
     *                   function answering null prints none
     */
    public CustomerTelling(BrewlineConfig config, BrewlineStore store, Clock clock, Function<Order, String> cancelCode) {
        this(config, store, clock, cancelCode, null);
    }

    /**
     * @param paidWaits the paid orders' waits as the done screen shows them, told by the PAID message (null: the
     *                  estimate written with the payment)
     */
    public CustomerTelling(BrewlineConfig config, BrewlineStore store, Clock clock, Function<Order, String> cancelCode,
                           PaidWaits paidWaits) {
        this.config = config;
        BrewlineConfig.Notify n = config.notifications();
        if (n.enabled()) {
            NotifySettings settings = new NotifySettings(n.url(), n.apiKey(), n.connectTimeout(), n.readTimeout(),
                    n.callTimeout(), n.maxAttempts(), java.time.Duration.ofMillis(200));
            Locale language = config.kiosk().language().equals("en") ? Locale.ENGLISH : Locale.KOREAN;
            String storeName = language == Locale.ENGLISH ? config.storeNameEn() : config.storeNameKo();
            NotificationSender s = new NotificationSender(store, new NotificationClient(settings),
                    new MessageTexts(storeName, language), clock, config.kiosk().kioskId(), NotificationSender.Pacing.defaults());
            if (paidWaits != null) {
                s.tellingPaidWait(m -> paidWaits.minutes(m.orderId()));
            }
            sender = s.start();
        } else {
            sender = null;
        }
        BrewlineConfig.Printer p = config.printer();
        slips = new SlipPrinter(SlipPrinter.PrinterSettings.of(p.target(), p.charset(), p.columns(),
                (int) p.connectTimeout().toMillis(), p.statusUrl()), store, config.kiosk().kioskId(), cancelCode);
        printing = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "slip-printer");
            t.setDaemon(true);
            return t;
        });
        LOG.info("telling customers: messages {}, slips to {}", n.enabled() ? "through " + n.url() : "off", p.target());
    }

    /** Whether the kiosk offers to take a phone number: only when messages can be sent. */
    public boolean takesPhoneNumbers() {
        return sender != null;
    }

    /** Prints the paid order's slip in the background: the customer's number is on screen whatever happens. */
    public void paid(Order order, boolean korean) {
        if (!slips.isConfigured()) {
            return;
        }
        String storeName = korean ? config.storeNameKo() : config.storeNameEn();
        printing.execute(() -> slips.print(order, storeName, config.timeZone(), korean));
    }

    @Override
    public void close() {
        if (sender != null) {
            sender.close();
        }
        printing.shutdown();
        try {
            printing.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
