package com.brewline.barista;

import com.brewline.barista.app.BaristaStationApp;
import com.brewline.barista.app.DisplayContext;
import com.brewline.barista.app.DisplayContexts;
import com.brewline.config.BrewlineConfig;
import com.brewline.config.ConfigException;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * Starts the barista station (a plain main: a class extending Application cannot start from the class path).
 * <pre>BaristaMain [--config FILE] [--db PATH] [--provider-url URL [--secret-key KEY]] [--menu FILE]
 *             [--station ID] [--lang ko|en] [--no-sound] [--screen N]</pre>
 * Without a provider, rejections are recorded with their refund queued and shown as pending; the
 * kiosk's payment jobs send it.
 */
public final class BaristaMain {
    private BaristaMain() {
    }

    public static void main(String[] argv) {
        DisplayContexts.Args args;
        BrewlineConfig config;
        try {
            args = DisplayContexts.parse(argv);
            config = DisplayContexts.configure(args, "barista");
        } catch (IllegalArgumentException | ConfigException e) {
            System.err.println("barista station: " + e.getMessage());
            System.exit(2);
            return;
        }
        DisplayContext context;
        try {
            context = DisplayContexts.open(args, config, Clock.systemDefaultZone());
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(BaristaMain.class).error("the barista station could not start", e);
            System.err.println("The barista station could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        BaristaStationApp.launch(context, args.screen());
    }
}
