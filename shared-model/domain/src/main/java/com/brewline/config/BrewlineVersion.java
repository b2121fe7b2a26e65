package com.brewline.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version this build was made as (Maven's project version), for every program's {@code --version}. */
public final class BrewlineVersion {
    private static final String RESOURCE = "version.properties";

    private BrewlineVersion() {
    }

    /** E.g. "0.1.0"; the build writes it into a resource, so it is right in jars, app images and the .deb alike. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = BrewlineVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the build's " + RESOURCE, e);
        }
        String version = properties.getProperty("version", "");
        if (version.isBlank() || version.startsWith("${")) {
            throw new IllegalStateException("the build did not record its version in " + RESOURCE);
        }
        return version;
    }

    /** The lines {@code --version} prints for {@code program}. */
    public static String[] lines(String program) {
        return new String[]{program + " " + version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
