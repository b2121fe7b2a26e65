package com.brewline.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line every Brewline screen shares: the configuration file and the few things worth
 * overriding for one run. Everything else is in the configuration file (README "Configuration").
 * Arguments it does not know are left in {@link #rest()} for the screen's own flags.
 */
public record LaunchArgs(Path configFile, Path database, String providerUrl, String secretKey, Path menuFile,
                         boolean demoSandbox, List<String> rest) {
    public static final String USAGE = "[--config FILE] [--db PATH] [--provider-url URL] [--menu FILE] [--demo-sandbox]";
    /** Chooses the sandbox payment provider explicitly (a demo, a test): every screen shows the demo mark. */
    public static final String DEMO_SANDBOX = "--demo-sandbox";
    public static final String CONFIG_FILE_NAME = "brewline.json";

    public LaunchArgs {
        rest = List.copyOf(rest);
    }

    /** @throws IllegalArgumentException naming the argument that is wrong */
    public static LaunchArgs parse(String... args) {
        Path config = null;
        Path db = null;
        String url = null;
        String key = null;
        Path menu = null;
        boolean demo = false;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--config" -> config = Path.of(value(args, ++i, arg));
                case "--db" -> db = Path.of(value(args, ++i, arg));
                case "--provider-url" -> url = value(args, ++i, arg);
                case "--secret-key" -> key = value(args, ++i, arg);
                case "--menu" -> menu = Path.of(value(args, ++i, arg));
                case DEMO_SANDBOX -> demo = true;
                default -> rest.add(arg);
            }
        }
        if (key != null && url == null) {
            throw new IllegalArgumentException("--secret-key is only used with --provider-url");
        }
        return new LaunchArgs(config, db, url, key, menu, demo, rest);
    }

    /**
     * The configuration file ({@code --config}, else {@code brewline.json} in the data folder, where a
     * missing file means every default) with this command line's overrides on top.
     *
     * @throws ConfigException naming file, line and field of a bad value
     */
    public BrewlineConfig load(ConfigLoader loader) {
        Path file = configFile != null ? configFile : loader.defaultDataDir().resolve(CONFIG_FILE_NAME);
        if (configFile != null && !file.toFile().isFile()) {
            throw new ConfigException(file + ": no such configuration file");
        }
        BrewlineConfig config = loader.load(file);
        if (database != null) {
            config = config.withDatabase(database.toAbsolutePath());
        }
        if (menuFile != null) {
            config = config.withMenuFile(menuFile.toAbsolutePath());
        }
        if (demoSandbox) {
            config = config.withProvider(config.provider().withSandbox(true));
        }
        if (secretKey != null) {
            // the command line is visible to every user of the machine (ps, /proc): say so, every time
            System.err.println("warning: --secret-key shows the payment provider's secret key to every user of this "
                    + "machine; set the environment variable " + config.provider().secretKeyEnv() + " instead");
        }
        if (providerUrl != null) {
            BrewlineConfig.Provider provider = config.provider().at(providerUrl, secretKey);
            if (provider.secretKey() == null || provider.secretKey().isBlank()) {
                throw new ConfigException("--provider-url needs a secret key: the environment variable "
                        + provider.secretKeyEnv() + " (or provider.secretKey in " + file + ")");
            }
            config = config.withProvider(provider);
        }
        return config;
    }

    public BrewlineConfig load() {
        return load(ConfigLoader.forThisMachine());
    }

    /**
     * Points the rolling log file at the data folder. Call before the first logger is made: Logback
     * reads these properties once, when it starts.
     */
    public static void logTo(BrewlineConfig config, String processName) {
        System.setProperty("brewline.logDir", config.dataDir().resolve("logs").toString());
        System.setProperty("brewline.process", processName);
    }

    public boolean has(String flag) {
        return rest.contains(flag);
    }

    private static String value(String[] args, int i, String name) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[i];
    }

}
