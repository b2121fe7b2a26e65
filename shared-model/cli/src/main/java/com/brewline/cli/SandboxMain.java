package com.brewline.cli;

import java.util.stream.Stream;

/**
 * The installers' {@code brewline-sandbox} launcher: {@code brewline sandbox} with the arguments given,
 * so {@code brewline-sandbox --port 18080 --secret-key K} and {@code brewline-sandbox --help} both work.
 */
public final class SandboxMain {
    private SandboxMain() {
    }

    public static void main(String[] args) {
        BrewlineCli.main(Stream.concat(Stream.of("sandbox"), Stream.of(args)).toArray(String[]::new));
    }
}
