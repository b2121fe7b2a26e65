package com.brewline.cli;

import com.brewline.model.NewOrder;
import com.brewline.model.PhoneNumber;
import com.brewline.notify.MessageTexts;
import com.brewline.notify.NotificationClient;
import com.brewline.notify.NotificationSender;
import com.brewline.notify.NotifySettings;
import com.brewline.store.BrewlineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Phone messages in the simulator: a picocli mixin shared by {@code simulate} and its kiosk workers. With
 * {@code --notify-url}, a share of the simulated customers leave a phone number and every process that
 * writes status changes runs a {@link NotificationSender}. The API key comes from the environment only.
 */
@Command
public class NotifyOptions {
    static final String API_KEY_ENV = "BREWLINE_NOTIFY_API_KEY";
    static final String STORE_NAME = "브루라인 카페";

    @Option(names = "--notify-url", paramLabel = "URL",
            description = "Send phone messages through the notification provider at URL (e.g. 'brewline sandbox "
                    + "--notify-port'); its API key from the environment variable " + API_KEY_ENV + ".")
    String notifyUrl;

    @Option(names = "--phone-share", defaultValue = "0.5", paramLabel = "R",
            description = "With --notify-url: share of customers who leave a phone number (0..1). Default: ${DEFAULT-VALUE}.")
    double phoneShare;

    @Option(names = "--notify-call-timeout-ms", defaultValue = "3000", paramLabel = "MS", hidden = true,
            description = "With --notify-url: the longest one request to the provider may take (100..120000); a "
                    + "killed sender's claims run out after three of these and 11 s. For tests: the same path, sooner.")
    long callTimeoutMillis;

    boolean enabled() {
        return notifyUrl != null;
    }

    void validate() {
        if (!(phoneShare >= 0 && phoneShare <= 1)) {
            throw new CliException("--phone-share must be 0..1, was " + phoneShare);
        }
        if (enabled()) {
            settings(); // a missing key or a bad URL stops the run before anything is written
        }
    }

    /** Short time-outs: a simulated shop on loopback; a killed sender's claims run out after ~20 s (3 s calls). */
    NotifySettings settings() {
        String key = System.getenv(API_KEY_ENV);
        if (key == null || key.isBlank()) {
            throw new CliException("--notify-url needs the API key in the environment variable " + API_KEY_ENV);
        }
        try {
            Duration call = Duration.ofMillis(callTimeoutMillis);
            return NotifySettings.of(notifyUrl, key).withTimeouts(min(Duration.ofSeconds(1), call),
                    min(Duration.ofSeconds(2), call), call);
        } catch (IllegalArgumentException e) {
            throw new CliException("--notify-url: " + e.getMessage());
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** A sender for this process, started; null without --notify-url. */
    NotificationSender startSender(BrewlineStore store, String name) {
        if (!enabled()) {
            return null;
        }
        NotificationClient client = new NotificationClient(settings());
        NotificationSender.Pacing pacing = new NotificationSender.Pacing(Duration.ofMillis(200), Duration.ofSeconds(1),
                Duration.ofSeconds(10), Duration.ofMinutes(30));
        return new NotificationSender(store, client, new MessageTexts(STORE_NAME, Locale.KOREAN), Clock.systemUTC(), name,
                pacing).start();
    }

    /** Gives a share of the orders a phone number (from a seeded random: the same run, the same customers). */
    PhoneGiver phones(long seed) {
        Random random = new Random(seed ^ 0x5EED_F00DL);
        return order -> {
            if (!enabled() || random.nextDouble() >= phoneShare) {
                return order;
            }
            return order.withPhone(PhoneNumber.of("010" + (10_000_000 + random.nextInt(90_000_000))));
        };
    }

    @FunctionalInterface
    interface PhoneGiver {
        NewOrder apply(NewOrder order);
    }

    List<String> forwardedArgs() {
        List<String> args = new ArrayList<>();
        if (enabled()) {
            args.add("--notify-url=" + notifyUrl);
            args.add("--phone-share=" + phoneShare);
            args.add("--notify-call-timeout-ms=" + callTimeoutMillis);
        }
        return args;
    }

    /** The key reaches a worker through its inherited environment; nothing to add. */
    Map<String, String> forwardedEnvironment() {
        return Map.of();
    }
}
