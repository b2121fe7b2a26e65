package com.brewline.config;

import com.brewline.json.JsonLocations;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.brewline.kitchen.Pacing;
import com.brewline.kitchen.Station;
import com.brewline.kitchen.StationRouting;
import java.util.Set;

/**
 * Reads the one configuration file (README "Configuration"). Every field is optional and has the
 * default documented there; a bad value is refused at start with the file, line and field.
 */
public final class ConfigLoader {
    /** The demo's staff PIN, only with {@code --demo-pin} ({@link StaffPin#DEMO_PIN}); unset means no PIN. */
    public static final String DEMO_PIN = StaffPin.DEMO_PIN;

    /** The longest provider key file read (a key is a few dozen characters). */
    static final int MAX_KEY_FILE_BYTES = 4096;

    private final Map<String, String> env;
    private final Path defaultDataDir;
    private final Path defaultConfigFile;

    public ConfigLoader(Map<String, String> env, Path defaultDataDir) {
        this(env, defaultDataDir, defaultDataDir.resolve(StoreLayout.CONFIG_FILE_NAME));
    }

    public ConfigLoader(Map<String, String> env, Path defaultDataDir, Path defaultConfigFile) {
        this.env = env;
        this.defaultDataDir = defaultDataDir;
        this.defaultConfigFile = defaultConfigFile;
    }

    /** The file read when no {@code --config} is given: see {@link StoreLayout}. */
    public Path defaultConfigFile() {
        return defaultConfigFile;
    }

    /** Where the database, logs and configuration file go unless the file says otherwise. */
    public Path defaultDataDir() {
        return defaultDataDir;
    }

    public static ConfigLoader forThisMachine() {
        StoreLayout layout = StoreLayout.detect();
        return new ConfigLoader(System.getenv(), layout.dataDir(), layout.configFile());
    }

    /** Reads {@code file}; a missing file means every default. */
    public BrewlineConfig load(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
            if (json.startsWith("\uFEFF")) {
                json = json.substring(1); // a byte-order mark, as Windows Notepad saves UTF-8
            }
        } catch (NoSuchFileException e) {
            json = "{}";
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return parse(json, file.toString());
    }

    public BrewlineConfig defaults() {
        return parse("{}", "(defaults)");
    }

    public BrewlineConfig parse(String json, String fileName) {
        JsonNode root;
        JsonLocations locations;
        try {
            root = new ObjectMapper().readTree(json);
            try (JsonParser parser = new JsonFactory().createParser(json)) {
                locations = JsonLocations.scan(parser);
            }
        } catch (JsonProcessingException e) {
            throw new ConfigException(fileName + ": line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ConfigException(fileName + ": cannot be read: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            root = new ObjectMapper().createObjectNode();
        }
        if (!root.isObject()) {
            throw new ConfigException(fileName + ": line 1, column 1: the configuration must be a JSON object");
        }
        JsonFields top = new JsonFields(fileName, locations, root, "");
        top.rejectUnknown(Set.of("storeName", "dataDir", "database", "menuFile", "provider", "circuitBreaker", "kiosk", "barista",
                "store", "notify", "printer", "stations", "pacing", "heartbeat"));

        JsonFields storeName = top.at("storeName", Set.of("ko", "en"));
        Path dataDir = path(top.text("dataDir", null), defaultDataDir);
        String databaseText;
        String passwordFile = null;
        String databaseField = "database";
        if (top.isObject("database")) {
            JsonFields db = top.at("database", Set.of("url", "passwordFile"));
            databaseText = db.requiredText("url", null);
            passwordFile = db.text("passwordFile", null);
            databaseField = db.childPath("url");
        } else {
            databaseText = top.requiredText("database", "brewline.db");
        }
        String databaseUrl = null;
        Path database = null;
        if (databaseText.matches("[A-Za-z][A-Za-z0-9+.-]*://.*")) {
            if (!databaseText.matches("postgres(ql)?://.*")) {
                throw top.error(databaseField, "must be a file path or a postgresql:// URL, was '" + databaseText + "'");
            }
            if (databaseText.matches("postgres(ql)?://[^/@]*:[^/@]*@.*") || databaseText.matches(".*[?&]password=.*")) {
                throw top.error(databaseField, "must not contain the password: put it in the environment variable "
                        + "BREWLINE_DB_PASSWORD or in a file named by database.passwordFile");
            }
            databaseUrl = databaseText;
        } else {
            if (passwordFile != null) {
                throw top.error("database.passwordFile", "is only for a PostgreSQL url");
            }
            database = dataDir.resolve(databaseText);
        }
        String menu = top.text("menuFile", null);
        return new BrewlineConfig(
                storeName.requiredText("ko", "브루라인 카페"),
                storeName.requiredText("en", "Brewline Cafe"),
                dataDir,
                database,
                databaseUrl,
                passwordFile == null ? null : dataDir.resolve(expandHome(passwordFile)),
                menu == null ? null : dataDir.resolve(expandHome(menu)),
                provider(top.at("provider", Set.of("url", "secretKey", "secretKeyEnv", "secretKeyFile", "connectTimeoutMs",
                        "readTimeoutMs", "callTimeoutMs", "maxAttempts", "reconcileAfterSeconds", "sandbox")), configFolder(fileName)),
                circuitBreaker(top.at("circuitBreaker", Set.of("failureRatePercent", "slowCallRatePercent",
                        "slowCallThresholdMs", "slidingWindowSize", "minimumCalls", "openSeconds"))),
                kiosk(top.at("kiosk", Set.of("kioskId", "language", "accessibleByDefault", "inactivitySeconds",
                        "inactivityWarningSeconds", "accessibleInactivitySeconds", "doneScreenSeconds",
                        "staffPinHash", "fullScreen", "stopWhenNoStation"))),
                barista(top.at("barista", Set.of("stationId", "warningAtTargetFraction", "lateAtTargetFraction",
                        "readyShownForSeconds", "sound"))),
                timeZone(top.at("store", Set.of("timeZone"))),
                notify(top.at("notify", Set.of("url", "apiKey", "apiKeyEnv", "apiKeyFile", "connectTimeoutMs",
                        "readTimeoutMs", "callTimeoutMs", "maxAttempts")), dataDir),
                printer(top.at("printer", Set.of("target", "charset", "columns", "connectTimeoutMs", "statusUrl"))),
                kitchen(top));
    }

    /** The store's one time zone; default the system's. */
    private static ZoneId timeZone(JsonFields store) {
        String zone = store.text("timeZone", null);
        if (zone == null) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw store.error(store.childPath("timeZone"), "is not a time zone (e.g. \"Asia/Seoul\"), was \"" + zone + "\"");
        }
    }

    private BrewlineConfig.Provider provider(JsonFields p, Path configFolder) {
        String url = p.text("url", null);
        if (url != null && !url.matches("https?://[^\\s/]+(:\\d+)?(/.*)?")) {
            throw p.error(p.childPath("url"), "must be an http:// or https:// URL, was '" + url + "'");
        }
        String secretKeyEnv = p.requiredText("secretKeyEnv", "BREWLINE_PAYMENT_SECRET_KEY");
        String keyFile = p.text("secretKeyFile", null);
        String secretKey = p.text("secretKey", null);
        if (keyFile != null && secretKey != null) {
            throw p.error(p.childPath("secretKeyFile"), "set either provider.secretKey or provider.secretKeyFile, not both");
        }
        if (keyFile != null) {
            secretKey = readKeyFile(p, configFolder.resolve(expandHome(keyFile)));
        } else if (secretKey == null) {
            secretKey = env.get(secretKeyEnv);
        }
        if (url != null && (secretKey == null || secretKey.isBlank())) {
            throw p.error(p.childPath("url"), "needs a secret key: set provider.secretKey or the environment variable "
                    + secretKeyEnv);
        }
        return new BrewlineConfig.Provider(url, secretKey, secretKeyEnv,
                Duration.ofMillis(p.wholeNumber("connectTimeoutMs", 2_000, 100, 60_000)),
                Duration.ofMillis(p.wholeNumber("readTimeoutMs", 5_000, 100, 120_000)),
                Duration.ofMillis(p.wholeNumber("callTimeoutMs", 10_000, 100, 300_000)),
                (int) p.wholeNumber("maxAttempts", 3, 1, 10),
                Duration.ofSeconds(p.wholeNumber("reconcileAfterSeconds", 120, 10, 86_400)),
                p.flag("sandbox", false));
    }

    private BrewlineConfig.Notify notify(JsonFields n, Path dataDir) {
        String url = n.text("url", null);
        if (url != null && !url.matches("https?://[^\\s/]+(:\\d+)?(/.*)?")) {
            throw n.error(n.childPath("url"), "must be an http:// or https:// URL, was '" + url + "'");
        }
        String apiKeyEnv = n.requiredText("apiKeyEnv", "BREWLINE_NOTIFY_API_KEY");
        String apiKey = n.text("apiKey", null);
        String apiKeyFile = n.text("apiKeyFile", null);
        if (apiKey == null && apiKeyFile != null) {
            apiKey = readNotifyKeyFile(n, dataDir.resolve(expandHome(apiKeyFile)));
        }
        if (apiKey == null) {
            apiKey = env.get(apiKeyEnv);
        }
        if (url != null && (apiKey == null || apiKey.isBlank())) {
            throw n.error(n.childPath("url"), "needs an API key: set notify.apiKeyFile, notify.apiKey or the environment "
                    + "variable " + apiKeyEnv);
        }
        return new BrewlineConfig.Notify(url, apiKey, apiKeyEnv,
                Duration.ofMillis(n.wholeNumber("connectTimeoutMs", 2_000, 100, 30_000)),
                Duration.ofMillis(n.wholeNumber("readTimeoutMs", 5_000, 100, 60_000)),
                Duration.ofMillis(n.wholeNumber("callTimeoutMs", 8_000, 100, 120_000)),
                (int) n.wholeNumber("maxAttempts", 3, 1, 10));
    }

    /** A key file holds the key alone (a trailing newline is fine); anything larger than a key is refused. */
    private static String readNotifyKeyFile(JsonFields n, Path file) {
        try {
            if (java.nio.file.Files.size(file) > 1024) {
                throw n.error(n.childPath("apiKeyFile"), file + " is larger than 1 KiB: not a key file");
            }
            String key = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8).strip();
            if (key.isEmpty() || key.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
                throw n.error(n.childPath("apiKeyFile"), file + " must hold the key alone (visible ASCII characters)");
            }
            return key;
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw n.error(n.childPath("apiKeyFile"), "cannot be read: " + e.getMessage());
        }
    }

    private static BrewlineConfig.Printer printer(JsonFields p) {
        String charset = p.requiredText("charset", "EUC-KR");
        try {
            if (!java.nio.charset.Charset.isSupported(charset)) {
                throw p.error(p.childPath("charset"), "is not a character set this Java knows, was '" + charset + "'");
            }
        } catch (java.nio.charset.IllegalCharsetNameException e) {
            throw p.error(p.childPath("charset"), "is not a character set name, was '" + charset + "'");
        }
        String statusUrl = p.text("statusUrl", null);
        if (statusUrl != null && (!statusUrl.contains("{orderId}") || statusUrl.length() > 300)) {
            throw p.error(p.childPath("statusUrl"), "must hold {orderId} and be at most 300 characters");
        }
        return new BrewlineConfig.Printer(p.requiredText("target", "none"), charset,
                (int) p.wholeNumber("columns", 42, 24, 64),
                Duration.ofMillis(p.wholeNumber("connectTimeoutMs", 2_000, 100, 10_000)), statusUrl);
    }

    /**
     * The provider's secret key from its own file (installed: /etc/brewline/payment.key, 0600, owned by
     * the brewline user), so the configuration itself may be read more widely. The file must be a small
     * regular file that not every user can read; surrounding white space (a final newline) is dropped.
     */
    private static String readKeyFile(JsonFields p, Path file) {
        String where = p.childPath("secretKeyFile");
        try {
            if (!Files.isRegularFile(file)) {
                throw p.error(where, file + " is not a file");
            }
            if (Files.size(file) > MAX_KEY_FILE_BYTES) {
                throw p.error(where, file + " is larger than " + MAX_KEY_FILE_BYTES + " bytes: not a key file");
            }
            if (Files.getFileStore(file).supportsFileAttributeView("posix")
                    && Files.getPosixFilePermissions(file).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ)) {
                throw p.error(where, file + " can be read by every user: make it readable by its owner only (chmod 600)");
            }
            String key = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (key.isEmpty() || key.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
                throw p.error(where, file + " must hold the key alone, on one line of printable ASCII");
            }
            return key;
        } catch (IOException e) {
            throw p.error(where, file + " cannot be read: " + e.getMessage());
        }
    }

    /** Relative key files are found beside the configuration file. */
    private static Path configFolder(String fileName) {
        try {
            Path parent = Path.of(fileName).toAbsolutePath().getParent();
            return parent != null ? parent : Path.of("").toAbsolutePath();
        } catch (java.nio.file.InvalidPathException e) {
            return Path.of("").toAbsolutePath();
        }
    }

    private static BrewlineConfig.CircuitBreaker circuitBreaker(JsonFields c) {
        return new BrewlineConfig.CircuitBreaker(
                (int) c.wholeNumber("failureRatePercent", 50, 1, 100),
                (int) c.wholeNumber("slowCallRatePercent", 50, 1, 100),
                Duration.ofMillis(c.wholeNumber("slowCallThresholdMs", 3_000, 100, 60_000)),
                (int) c.wholeNumber("slidingWindowSize", 10, 1, 1_000),
                (int) c.wholeNumber("minimumCalls", 5, 1, 1_000),
                Duration.ofSeconds(c.wholeNumber("openSeconds", 15, 1, 3_600)));
    }

    private static BrewlineConfig.Kiosk kiosk(JsonFields k) {
        String language = k.requiredText("language", "ko");
        if (!language.equals("ko") && !language.equals("en")) {
            throw k.error(k.childPath("language"), "must be \"ko\" or \"en\", was \"" + language + "\"");
        }
        long inactivity = k.wholeNumber("inactivitySeconds", 90, 30, 3_600);
        long warning = k.wholeNumber("inactivityWarningSeconds", 30, 20, 600);
        if (warning >= inactivity) {
            throw k.error(k.childPath("inactivityWarningSeconds"), "must be shorter than inactivitySeconds (" + inactivity + ")");
        }
        String pinHash = k.text("staffPinHash", null);
        if (pinHash != null) {
            String problem = PinHash.problemWith(pinHash);
            if (problem != null) {
                throw k.error(k.childPath("staffPinHash"), problem);
            }
        }
        return new BrewlineConfig.Kiosk(
                k.requiredText("kioskId", "kiosk-1"),
                language,
                k.flag("accessibleByDefault", false),
                Duration.ofSeconds(inactivity),
                Duration.ofSeconds(warning),
                Duration.ofSeconds(k.wholeNumber("accessibleInactivitySeconds", 180, inactivity, 7_200)),
                Duration.ofSeconds(k.wholeNumber("doneScreenSeconds", 10, 3, 120)),
                pinHash, // null: no staff PIN set, so no staff action (ADR 0013); never a default PIN
                k.flag("fullScreen", true),
                k.flag("stopWhenNoStation", false));
    }

    private static BrewlineConfig.Barista barista(JsonFields b) {
        double warning = b.fraction("warningAtTargetFraction", 1.0, 0.1, 10);
        double late = b.fraction("lateAtTargetFraction", 1.5, 0.1, 20);
        if (late <= warning) {
            throw b.error(b.childPath("lateAtTargetFraction"), "must be greater than warningAtTargetFraction (" + warning + ")");
        }
        return new BrewlineConfig.Barista(
                b.requiredText("stationId", "station-1"),
                warning,
                late,
                Duration.ofSeconds(b.wholeNumber("readyShownForSeconds", 300, 10, 86_400)),
                b.flag("sound", true));
    }

    /** Stations, pacing and heartbeats (README "Configuration"): issue 12's kitchen. */
    private static BrewlineConfig.Kitchen kitchen(JsonFields top) {
        List<Station> stations = new ArrayList<>();
        for (JsonFields s : top.objects("stations", Set.of("id", "name", "categories"))) {
            String id = s.requiredText("id", null);
            if (!id.matches("[A-Za-z0-9_-]{1,32}")) {
                throw s.error(s.childPath("id"), "must be 1 to 32 letters, digits, '-' or '_', was \"" + id + "\"");
            }
            String name = s.requiredText("name", id);
            if (name.length() > 40) {
                throw s.error(s.childPath("name"), "must be at most 40 characters, was " + name.length());
            }
            stations.add(new Station(id, name, s.texts("categories")));
        }
        try {
            StationRouting.of(stations);
        } catch (IllegalArgumentException e) {
            throw top.error("stations", e.getMessage());
        }
        JsonFields pacing = top.at("pacing", Set.of("warnMinutes", "pauseMinutes"));
        int warn = (int) pacing.wholeNumber("warnMinutes", 0, 0, Pacing.MAX_MINUTES);
        int pause = (int) pacing.wholeNumber("pauseMinutes", 0, 0, Pacing.MAX_MINUTES);
        if (warn > 0 && pause > 0 && pause <= warn) {
            throw pacing.error(pacing.childPath("pauseMinutes"), "must be greater than warnMinutes (" + warn + ")");
        }
        JsonFields heartbeat = top.at("heartbeat", Set.of("everySeconds", "silentAfterSeconds"));
        long every = heartbeat.wholeNumber("everySeconds", 10, 1, 60);
        long silent = heartbeat.wholeNumber("silentAfterSeconds", 60, 3, 3_600);
        if (silent < every * 3) {
            throw heartbeat.error(heartbeat.childPath("silentAfterSeconds"), "must be at least three heartbeats ("
                    + every * 3 + " s), so one late beat does not read as silence");
        }
        return new BrewlineConfig.Kitchen(stations, warn, pause, Duration.ofSeconds(every), Duration.ofSeconds(silent));
    }

    private Path path(String text, Path fallback) {
        return text == null ? fallback : expandHome(text);
    }

    private static Path expandHome(String text) {
        return text.startsWith("~/") ? Path.of(System.getProperty("user.home"), text.substring(2)) : Path.of(text);
    }
}
