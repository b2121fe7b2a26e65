package com.brewline.config;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where the configuration file and the data folder are. Installed (the .deb's launchers run with
 * {@code -Dbrewline.layout=system}) and {@code /etc/brewline/brewline.json} present: the store-wide
 * layout, configuration in {@code /etc/brewline}, data in {@code /var/lib/brewline}, shared by every
 * screen whatever account runs it. Otherwise (development, the demo, Windows): the per-user folder
 * ({@link DataFolder}) holds both. Launched from a build tree a program never looks at /etc, so an
 * installed package on a developer's machine does not change what the tests and the demo use.
 */
public record StoreLayout(Path configFile, Path dataDir, boolean system) {
    public static final String PROPERTY = "brewline.layout";
    public static final Path SYSTEM_CONFIG_DIR = Path.of("/etc/brewline");
    public static final Path SYSTEM_DATA_DIR = Path.of("/var/lib/brewline");
    public static final String CONFIG_FILE_NAME = "brewline.json";

    public static StoreLayout detect() {
        return detect(System.getProperty(PROPERTY), SYSTEM_CONFIG_DIR, SYSTEM_DATA_DIR, DataFolder.defaultFolder());
    }

    /** @param layout the {@value #PROPERTY} property: "system" for the installed launchers, else null */
    static StoreLayout detect(String layout, Path systemConfigDir, Path systemDataDir, Path userFolder) {
        Path systemConfig = systemConfigDir.resolve(CONFIG_FILE_NAME);
        if ("system".equals(layout) && Files.exists(systemConfig)) {
            return new StoreLayout(systemConfig, systemDataDir, true);
        }
        return new StoreLayout(userFolder.resolve(CONFIG_FILE_NAME), userFolder, false);
    }

    /**
     * Makes the data folder when it is missing (owner only where the file system knows permissions),
     * so a station or board on a new account starts without waiting for a kiosk to have run.
     */
    public static void ensureFolder(Path folder) {
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new ConfigException("the data folder " + folder + " cannot be made: " + e.getMessage(), e);
        }
    }
}
