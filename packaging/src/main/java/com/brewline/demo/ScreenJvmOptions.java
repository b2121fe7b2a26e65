package com.brewline.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options the screens start with, from the one file the installer's launchers, the demo and
 * {@code ui-bench} all read ({@code screen-jvm-options} beside this class; ADR 0014).
 */
public final class ScreenJvmOptions {
    static final String RESOURCE = "screen-jvm-options";

    private ScreenJvmOptions() {
    }

    public static List<String> shipped() {
        try (InputStream in = ScreenJvmOptions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the build lost " + RESOURCE + " beside " + ScreenJvmOptions.class.getName());
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> parse(String text) {
        List<String> options = new ArrayList<>();
        for (String line : text.split("\n")) {
            String option = line.replaceFirst("#.*", "").strip();
            if (!option.isEmpty()) {
                options.add(option);
            }
        }
        return List.copyOf(options);
    }
}
