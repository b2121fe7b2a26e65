package com.brewline.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The per-user folder for the database, logs and configuration, where each platform expects it. */
public final class DataFolder {
    private DataFolder() {
    }

    public static Path defaultFor(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String localAppData = env.get("LOCALAPPDATA");
            return localAppData != null ? Path.of(localAppData, "Brewline") : Path.of(userHome, "AppData", "Local", "Brewline");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Brewline");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "brewline") : Path.of(userHome, ".local", "share", "brewline");
    }

    public static Path defaultFolder() {
        return defaultFor(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }
}
