package com.brewline.display.launch;

import com.brewline.config.BrewlineConfig;
import com.brewline.config.BrewlineVersion;
import com.brewline.config.ConfigException;
import com.brewline.config.ConfigLoader;
import com.brewline.config.LaunchArgs;
import javafx.application.Platform;
import org.slf4j.LoggerFactory;
import org.slf4j.MarkerFactory;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * How every screen starts and how it fails to: one command line parser (picocli, with
 * {@link LaunchOptions}), {@code --help} and {@code --version} answered, and any failure at start
 * said in one line on stderr (the journal, under systemd) and in the log, with a non-zero exit:
 * 2 for wrong arguments or a bad configuration, 1 when the screen could not start.
 */
public final class ScreenLaunch {
    /** What {@link #parse} returns when the program should go on. */
    public static final int GO_ON = -1;
    public static final int BAD_USAGE = 2;
    public static final int FAILED = 1;
    /**
     * Marks a log line this class also prints on stderr: the console appender leaves it out. A name,
     * not a Marker constant: making one starts Logback, which must wait until the log folder is set.
     */
    static final String SAID_ON_STDERR = com.brewline.display.LogSetup.SAID_ON_STDERR;

    /** The toolkit started early by {@link #startToolkitEarly}: done, with the failure if it failed; null when not started. */
    private static volatile java.util.concurrent.CompletableFuture<Void> earlyToolkit;
    /** {@code -Dbrewline.lateToolkit=true}: the toolkit starts only at the launch, as before (to measure the difference). */
    public static final String LATE_TOOLKIT = "brewline.lateToolkit";

    private ScreenLaunch() {
    }

    /**
     * Starts JavaFX's toolkit now, on a thread of its own, so that it comes up while the screen parses its
     * configuration, sets up its log and opens its store (measured by ui-bench: the toolkit's start and
     * those steps take about as long; one after the other they made most of a screen's start-up).
     * {@code Application.launch} later finds the toolkit running and goes on from there. Call it once the
     * arguments are accepted and the program is going to show a window; nothing is started without a
     * display ({@link #requireDisplayOrExit} says so later). A toolkit that fails here is said by
     * {@link #launchOrExit}, as if the launch had failed.
     */
    public static synchronized void startToolkitEarly() {
        if (Boolean.getBoolean(LATE_TOOLKIT)) {
            return; // for measuring: ui-bench compares starts with and without
        }
        if (earlyToolkit != null || missingDisplay(System.getProperty("os.name"), System.getenv(),
                System.getProperty("glass.platform")) != null) {
            return;
        }
        java.util.concurrent.CompletableFuture<Void> started = new java.util.concurrent.CompletableFuture<>();
        earlyToolkit = started;
        Thread starter = new Thread(() -> {
            try {
                Platform.startup(() -> {
                    try {
                        warmUpText();
                    } catch (RuntimeException e) {
                        // the screen loads its fonts itself and says what failed, once its log is set up
                    } finally {
                        started.complete(null);
                    }
                });
            } catch (Throwable e) {
                started.completeExceptionally(e);
            }
        }, "fx-toolkit-start");
        starter.setDaemon(true);
        starter.start();
    }

    /**
     * Parses {@code argv} into {@code command} (a {@code @Command} with a {@code @Mixin LaunchOptions}).
     *
     * @return {@link #GO_ON}, or the exit code after printing the help or the version (0) or a usage error (2)
     */
    public static int parse(String program, Object command, String[] argv, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(command).setCommandName(program);
        cli.getCommandSpec().version(BrewlineVersion.lines(program));
        try {
            cli.parseArgs(argv);
        } catch (CommandLine.ParameterException e) {
            err.println(program + ": " + e.getMessage());
            err.println("Usage: " + cli.getHelp().synopsis(0).strip() + "   (" + program + " --help for more)");
            err.flush();
            return BAD_USAGE;
        }
        if (cli.isUsageHelpRequested()) {
            cli.usage(out);
            out.flush();
            return 0;
        }
        if (cli.isVersionHelpRequested()) {
            cli.printVersionHelp(out);
            out.flush();
            return 0;
        }
        return GO_ON;
    }

    /** {@link #parse} on stdout and stderr; exits unless the program should go on. */
    public static void parseOrExit(String program, Object command, String[] argv) {
        int code = parse(program, command, argv, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        if (code != GO_ON) {
            System.exit(code);
        }
    }

    /**
     * Reads the configuration and points the log at its data folder; a bad file or argument is said
     * (file, line, field) on stderr and in the log of the default data folder, and the program exits 2.
     */
    public static BrewlineConfig configureOrExit(LaunchOptions options, String processName, String screenName) {
        ConfigLoader loader = ConfigLoader.forThisMachine();
        try {
            BrewlineConfig config = options.launchArgs().load(loader);
            LaunchArgs.logTo(config, processName);
            return config;
        } catch (IllegalArgumentException | ConfigException e) {
            LaunchArgs.logTo(loader.defaultDataDir(), processName);
            exit(BAD_USAGE, screenName, e);
            throw new IllegalStateException("exited", e);
        }
    }

    /**
     * On the FX thread, while the main thread still reads the configuration: the bundled fonts and JavaFX's
     * font system (fontconfig, the default font, a first text layout in Korean), which every screen needs
     * before its first frame. Logs nothing: the log folder may not be set yet.
     */
    private static void warmUpText() {
        com.brewline.display.Fonts.preload();
        javafx.scene.text.Text text = new javafx.scene.text.Text("주문하기 Order 4,500원");
        text.setFont(javafx.scene.text.Font.font(com.brewline.display.Fonts.FAMILY, 24));
        text.getLayoutBounds();
    }

    /**
     * Fails before the window exists when there is no display to open: on Linux neither
     * {@code DISPLAY} nor {@code WAYLAND_DISPLAY} (JavaFX then hangs or prints only to a terminal).
     */
    public static void requireDisplayOrExit(String screenName) {
        String missing = missingDisplay(System.getProperty("os.name"), System.getenv(), System.getProperty("glass.platform"));
        if (missing != null) {
            exit(FAILED, screenName, new IllegalStateException(missing));
        }
    }

    static String missingDisplay(String osName, Map<String, String> env, String glassPlatform) {
        if (!osName.toLowerCase(Locale.ROOT).contains("linux") || glassPlatform != null) {
            return null; // Windows and macOS always have one; Monocle (tests) needs none
        }
        boolean x = env.get("DISPLAY") != null && !env.get("DISPLAY").isBlank();
        boolean wayland = env.get("WAYLAND_DISPLAY") != null && !env.get("WAYLAND_DISPLAY").isBlank();
        return x || wayland ? null
                : "no display: DISPLAY is not set (start it in a graphical session, e.g. the brewline-kiosk or brewline-session@ unit, or under xvfb-run)";
    }

    /**
     * Runs the JavaFX launch; whatever stops it (no GTK, a display that cannot be opened, an error in
     * the screen's start) is said in one line and the process exits 1 instead of hanging on a
     * non-daemon thread.
     */
    public static void launchOrExit(String screenName, Runnable launch) {
        try {
            java.util.concurrent.CompletableFuture<Void> early = earlyToolkit;
            if (early != null) {
                try {
                    early.join(); // launching while the early start is still failing could wait for ever
                } catch (java.util.concurrent.CompletionException e) {
                    throw e.getCause();
                }
            }
            launch.run();
        } catch (Throwable e) {
            exit(FAILED, screenName, e);
        }
    }

    /** Logs {@code error} with its cause, says it in one line on stderr, and exits with {@code code}. */
    public static void exit(int code, String screenName, Throwable error) {
        String line = "The " + screenName + " could not start: " + describe(error);
        try {
            // a cause we name ourselves (bad configuration or argument, no display) needs no stack trace;
            // anything else keeps it, in the file (the console leaves marked lines to stderr's one line)
            boolean named = error instanceof ConfigException || error instanceof IllegalArgumentException
                    || error instanceof IllegalStateException;
            LoggerFactory.getLogger(ScreenLaunch.class).error(MarkerFactory.getMarker(SAID_ON_STDERR), line,
                    named ? null : error);
        } catch (Throwable logFailed) {
            System.err.println("(and the log could not be written: " + logFailed + ")");
        }
        System.err.println(line);
        System.err.flush();
        System.exit(code);
    }

    /** The innermost message that says something (JavaFX wraps the cause in "Exception in Application start method"). */
    public static String describe(Throwable error) {
        String said = null;
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank() && !t.getMessage().startsWith("Exception in Application")) {
                said = t instanceof IllegalArgumentException || t instanceof ConfigException || t instanceof IllegalStateException
                        ? t.getMessage() : t.getClass().getSimpleName() + ": " + t.getMessage();
            }
        }
        return said != null ? said : error.toString();
    }
}
