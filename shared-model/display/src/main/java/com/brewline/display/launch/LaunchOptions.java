package com.brewline.display.launch;

import com.brewline.config.LaunchArgs;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The options every screen takes (a picocli mixin: {@code @Mixin LaunchOptions launch;} in the
 * screen's command), help and version included. Everything else is in the configuration file.
 */
public final class LaunchOptions {
    @Option(names = "--config", paramLabel = "FILE", order = 1,
            description = "The configuration file. Default: /etc/brewline/brewline.json when installed, "
                    + "else brewline.json in your data folder.")
    Path configFile;

    @Option(names = "--db", paramLabel = "PATH|URL", order = 2,
            description = "The order database for this run: a SQLite file or a postgresql:// URL (no password in it).")
    String database;

    @Option(names = "--provider-url", paramLabel = "URL", order = 3,
            description = "The payment provider for this run (its key from provider.secretKeyFile, the environment, or --secret-key).")
    String providerUrl;

    @Option(names = "--secret-key", paramLabel = "KEY", order = 4,
            description = "The provider's secret key. Every user can see a command line: prefer provider.secretKeyFile.")
    String secretKey;

    @Option(names = "--menu", paramLabel = "FILE", order = 5, description = "The menu file for this run.")
    Path menuFile;

    @Option(names = LaunchArgs.DEMO_SANDBOX, order = 6,
            description = "Take payments from the bundled sandbox provider (a demo: no real payments; every screen says so).")
    boolean demoSandbox;

    @Option(names = com.brewline.config.StaffPin.DEMO_PIN_OPTION, order = 7,
            description = "While no staff PIN is set, accept the demo PIN 1234 (a demo: every PIN prompt shows it). "
                    + "Without it and without a PIN, staff actions are refused until one is set (brewline pin set).")
    boolean demoPin;

    @Option(names = "--notify-url", paramLabel = "URL", order = 8,
            description = "The notification provider for this run (its API key from notify.apiKeyFile or the "
                    + "environment variable BREWLINE_NOTIFY_API_KEY).")
    String notifyUrl;

    @Option(names = {"-h", "--help"}, usageHelp = true, order = 90, description = "Show this help and exit.")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, order = 91, description = "Print the version and exit.")
    boolean version;

    /** @throws IllegalArgumentException for a value or combination that makes no sense (a key without a provider, a password in a URL) */
    public LaunchArgs launchArgs() {
        return LaunchArgs.of(configFile, database, providerUrl, secretKey, menuFile, demoSandbox, demoPin, notifyUrl);
    }
}
