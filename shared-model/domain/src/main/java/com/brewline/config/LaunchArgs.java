package com.brewline.config;

import java.nio.file.Path;

/**
 * What every Brewline screen may be told on its command line (parsed by the display kit's picocli
 * mixin): the configuration file and the few things worth overriding for one run. Everything else
 * is in the configuration file (README "Configuration").
 *
 * @param demoSandbox chooses the sandbox payment provider explicitly (a demo, a test): every screen shows the demo mark
 * @param demoPin     chooses the demo staff PIN 1234 while no PIN is set ({@link StaffPin}): every prompt shows it
 * @param notifyUrl   the notification provider for this run (its API key from notify.apiKeyFile or the environment)
 */
public record LaunchArgs(Path configFile, Path database, String databaseUrl, String providerUrl, String secretKey,
                         Path menuFile, boolean demoSandbox, boolean demoPin, String notifyUrl) {
    /** Chooses the sandbox payment provider explicitly (a demo, a test): every screen shows the demo mark. */
    public static final String DEMO_SANDBOX = "--demo-sandbox";

    public LaunchArgs {
        if (secretKey != null && providerUrl == null) {
            throw new IllegalArgumentException("--secret-key is only used with --provider-url");
        }
    }

    public static LaunchArgs none() {
        return new LaunchArgs(null, null, null, null, null, null, false, false, null);
    }

    /**
     * The command line's values, {@code --db} as given: a SQLite file, or a PostgreSQL URL (which must
     * not carry the password: every user sees command lines).
     *
     * @throws IllegalArgumentException naming the argument that is wrong
     */
    public static LaunchArgs of(Path configFile, String db, String providerUrl, String secretKey, Path menuFile,
                                boolean demoSandbox) {
        return of(configFile, db, providerUrl, secretKey, menuFile, demoSandbox, false, null);
    }

    /** As {@link #of(Path, String, String, String, Path, boolean)}, with the demo PIN and a notification provider. */
    public static LaunchArgs of(Path configFile, String db, String providerUrl, String secretKey, Path menuFile,
                                boolean demoSandbox, boolean demoPin, String notifyUrl) {
        Path file = null;
        String url = null;
        if (db != null && db.matches("postgres(ql)?://.*")) {
            if (db.matches("postgres(ql)?://[^/@]*:[^/@]*@.*") || db.contains("password=")) {
                throw new IllegalArgumentException("--db must not carry the password (every user sees command "
                        + "lines): set BREWLINE_DB_PASSWORD or database.passwordFile instead");
            }
            url = db;
        } else if (db != null) {
            file = Path.of(db);
        }
        return new LaunchArgs(configFile, file, url, providerUrl, secretKey, menuFile, demoSandbox, demoPin, notifyUrl);
    }

    /**
     * The configuration file ({@code --config}, else the layout's file: see {@link StoreLayout}; a
     * missing default file means every default) with this command line's overrides on top.
     *
     * @throws ConfigException naming file, line and field of a bad value
     */
    public BrewlineConfig load(ConfigLoader loader) {
        Path file = configFile != null ? configFile : loader.defaultConfigFile();
        if (configFile != null && !file.toFile().isFile()) {
            throw new ConfigException(file + ": no such configuration file");
        }
        BrewlineConfig config = loader.load(file);
        if (database != null) {
            config = config.withDatabase(database.toAbsolutePath());
        }
        if (databaseUrl != null) {
            config = config.withDatabaseUrl(databaseUrl);
        }
        if (menuFile != null) {
            config = config.withMenuFile(menuFile.toAbsolutePath());
        }
        if (demoSandbox) {
            config = config.withProvider(config.provider().withSandbox(true));
        }
        if (demoPin && config.kiosk().staffPinHash() == null) {
            // chosen on the command line, never by default; a PIN the owner set always wins
            config = config.withKiosk(config.kiosk().withStaffPinHash(StaffPin.demoHash()));
        }
        if (notifyUrl != null) {
            BrewlineConfig.Notify n = config.notifications(); // its key: the file's, else the environment's
            String key = n.apiKey();
            if (!notifyUrl.matches("https?://[^\\s/]+(:\\d+)?(/.*)?")) {
                throw new ConfigException("--notify-url must be an http:// or https:// URL, was '" + notifyUrl + "'");
            }
            if (key == null || key.isBlank()) {
                throw new ConfigException("--notify-url needs the notification provider's API key: notify.apiKeyFile in "
                        + file + ", or the environment variable " + n.apiKeyEnv());
            }
            config = config.withNotifications(new BrewlineConfig.Notify(notifyUrl, key, n.apiKeyEnv(),
                    n.connectTimeout(), n.readTimeout(), n.callTimeout(), n.maxAttempts()));
        }
        if (secretKey != null) {
            // the command line is visible to every user of the machine (ps, /proc): say so, every time
            System.err.println("warning: --secret-key shows the payment provider's secret key to every user of this "
                    + "machine; use provider.secretKeyFile or the environment variable " + config.provider().secretKeyEnv());
        }
        if (providerUrl != null) {
            BrewlineConfig.Provider provider = config.provider().at(providerUrl, secretKey);
            if (provider.secretKey() == null || provider.secretKey().isBlank()) {
                throw new ConfigException("--provider-url needs a secret key: provider.secretKeyFile in " + file
                        + ", or the environment variable " + provider.secretKeyEnv());
            }
            config = config.withProvider(provider);
        }
        return config;
    }

    public BrewlineConfig load() {
        return load(ConfigLoader.forThisMachine());
    }

    /**
     * Points the rolling log file at the data folder (made, owner only, when missing). Call before the
     * first logger is made: Logback reads these properties once, when it starts.
     */
    public static void logTo(BrewlineConfig config, String processName) {
        StoreLayout.ensureFolder(config.dataDir());
        logTo(config.dataDir(), processName);
    }

    /** The same for a folder alone (a start that failed before its configuration was read). */
    public static void logTo(Path dataDir, String processName) {
        Path logs = dataDir.resolve("logs");
        try {
            // the logs hold sales: a folder made owner-only, and the process's log file created owner-only
            PrivateFiles.createFolders(logs);
            PrivateFiles.createFileIfMissing(logs.resolve(processName + ".log"));
        } catch (java.io.IOException e) {
            System.err.println("warning: cannot create the log folder " + logs + ": " + e.getMessage());
        }
        System.setProperty("brewline.logDir", logs.toString());
        System.setProperty("brewline.process", processName);
    }
}
