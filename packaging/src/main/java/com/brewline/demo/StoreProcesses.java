package com.brewline.demo;

import com.brewline.config.WindowArea;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Starts the store's screens as separate JVMs on one database and one provider, the way a shop runs
 * them on separate machines or screens. The provider's secret key travels in the environment, never
 * on a command line that {@code ps} would show.
 */
final class StoreProcesses {
    /** @param window where on the one demo screen its window goes */
    record Screen(String name, String mainClass, List<String> extraArgs, WindowArea window) {
        Screen at(WindowArea area) {
            return new Screen(name, mainClass, extraArgs, area);
        }
    }

    // One screen shared three ways (DemoLayout): the portrait kiosk on the left, the station and the board beside it.
    static final Screen KIOSK = new Screen("kiosk", "com.brewline.kiosk.KioskMain", List.of("--windowed"),
            DemoLayout.FULL_HD.kiosk());
    static final Screen BARISTA = new Screen("barista station", "com.brewline.barista.BaristaMain", List.of(),
            DemoLayout.FULL_HD.station());
    static final Screen PICKUP_BOARD = new Screen("pickup board", "com.brewline.pickup.PickupBoardMain", List.of(),
            DemoLayout.FULL_HD.board());

    /** The three screens placed for a screen of this shape, in the order they start (the kiosk last, on top). */
    static List<Screen> placed(DemoLayout layout) {
        return List.of(BARISTA.at(layout.station()), PICKUP_BOARD.at(layout.board()), KIOSK.at(layout.kiosk()));
    }

    private final String java;
    private final String classPath;
    private final Path configFile;
    private final Path database;
    private final String providerUrl;
    private final String secretKeyEnv;
    private final String secretKey;
    private final List<Process> running = new CopyOnWriteArrayList<>();
    private final List<String> jvmOptions = ScreenJvmOptions.shipped();
    private ClassDataArchives classData;
    private String notifyUrl;
    private String notifyKeyEnv;
    private String notifyKey;

    StoreProcesses(String java, String classPath, Path configFile, Path database, String providerUrl, String secretKeyEnv,
                   String secretKey) {
        this.java = java;
        this.classPath = classPath;
        this.configFile = configFile;
        this.database = database;
        this.providerUrl = providerUrl;
        this.secretKeyEnv = secretKeyEnv;
        this.secretKey = secretKey;
    }

    /** Starts the screens with application class-data sharing kept in {@code folder} (ui-bench measures it). */
    StoreProcesses withClassData(Path folder) {
        this.classData = new ClassDataArchives(folder, java, jvmOptions);
        return this;
    }

    /** Sends customers' messages through the demo's notification sandbox; its key travels in the environment too. */
    StoreProcesses withNotifications(String url, String apiKeyEnv, String apiKey) {
        this.notifyUrl = url;
        this.notifyKeyEnv = apiKeyEnv;
        this.notifyKey = apiKey;
        return this;
    }

    /**
     * Makes the screens' class-data archives that are missing (once per build of the jars: a few seconds,
     * before any window); returns the screens that start without one.
     */
    boolean hasClassData(List<Screen> screens) {
        String jars = ClassDataArchives.jarsOnly(classPath);
        return classData == null || jars.isEmpty()
                || screens.stream().allMatch(s -> Files.isRegularFile(classData.archive(s.name(), jars)));
    }

    List<String> prepareClassData(List<Screen> screens) throws IOException, InterruptedException {
        String jars = ClassDataArchives.jarsOnly(classPath);
        if (classData == null || jars.isEmpty()) {
            return screens.stream().map(Screen::name).toList();
        }
        return classData.prepare(screens.stream().map(Screen::name).toList(), jars);
    }

    List<String> command(Screen screen) {
        List<String> command = new ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8",
                "-D" + WindowArea.PROPERTY + "=" + screen.window()));
        command.addAll(jvmOptions); // the installer's launchers start the screens with the same (ADR 0014)
        String screenClassPath = classPath;
        if (classData != null) {
            String jars = ClassDataArchives.jarsOnly(classPath);
            if (!jars.isEmpty()) {
                screenClassPath = jars;
                command.addAll(classData.optionsFor(screen.name(), jars));
            }
        }
        command.addAll(List.of("-cp", screenClassPath, screen.mainClass()));
        if (configFile != null) {
            command.addAll(List.of("--config", configFile.toString()));
        }
        // the demo's own sandbox, chosen explicitly: every screen shows the "DEMO — no real payments" mark
        command.addAll(List.of("--db", database.toString(), "--provider-url", providerUrl, "--demo-sandbox"));
        // the demo PIN, chosen explicitly (a PIN the user set still wins): every staff prompt shows "데모 PIN 1234"
        command.add(com.brewline.config.StaffPin.DEMO_PIN_OPTION);
        if (notifyUrl != null) {
            command.addAll(List.of("--notify-url", notifyUrl));
        }
        command.addAll(screen.extraArgs());
        return command;
    }

    Map<String, String> environment() {
        return notifyUrl == null ? Map.of(secretKeyEnv, secretKey) : Map.of(secretKeyEnv, secretKey, notifyKeyEnv, notifyKey);
    }

    void start(List<Screen> screens) throws IOException {
        for (Screen screen : screens) {
            ProcessBuilder builder = new ProcessBuilder(command(screen)).inheritIO();
            builder.environment().putAll(environment());
            running.add(builder.start());
        }
    }

    /** Waits for every screen to end; returns how many ended with an error. */
    int awaitAll() throws InterruptedException {
        int failed = 0;
        for (Process process : running) {
            if (process.waitFor() != 0) {
                failed++;
            }
        }
        return failed;
    }

    void stopAll() {
        running.forEach(Process::destroy);
    }
}
