package com.brewline.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** brewline --version, and every command's (brewline-sandbox --version runs "sandbox --version"): the build's version. */
class VersionTest {
    @Test
    void theCommandAndEverySubcommandSayTheBuildsVersion() {
        for (String[] args : new String[][]{{"--version"}, {"sandbox", "--version"}, {"report", "--version"}}) {
            CliRun run = CliRun.of(args);
            assertEquals(0, run.exitCode(), run.toString());
            assertTrue(run.out().matches("(?s)brewline \\d+\\.\\d+\\.\\d+.*"), run.toString());
            assertTrue(!run.out().contains("development"), run.toString());
        }
    }
}
