package com.brewline.cli;

import com.brewline.config.ConfigException;
import com.brewline.config.LaunchArgs;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * {@code --db PATH} and {@code --config FILE} for the commands that work on the shop's own database
 * (a picocli mixin): without {@code --db}, the database the configuration names (installed:
 * /etc/brewline/brewline.json, else brewline.json in the data folder), as every screen uses it.
 */
final class ConfiguredDatabase {
    @Option(names = "--db", paramLabel = "PATH", description = "The order database. Default: the configured one.")
    Path db;

    @Option(names = "--config", paramLabel = "FILE", description = "The configuration file naming the database. "
            + "Default: /etc/brewline/brewline.json when installed, else brewline.json in your data folder.")
    Path configFile;

    /** @throws CliException naming the configuration's problem (file, line, field) */
    Path database() {
        if (db != null) {
            return db;
        }
        try {
            return new LaunchArgs(configFile, null, null, null, null, false).load().database();
        } catch (ConfigException e) {
            throw new CliException(e.getMessage());
        }
    }
}
