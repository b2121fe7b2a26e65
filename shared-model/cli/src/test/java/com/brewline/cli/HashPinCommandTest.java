package com.brewline.cli;

import com.brewline.config.PinHash;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HashPinCommandTest {
    @Test
    void printsAHashThatMatchesThePinAndNotThePin() {
        CliRun run = CliRun.of("hash-pin", "2580");
        assertEquals(0, run.exitCode(), run::toString);
        String hash = run.out().trim();
        assertTrue(PinHash.matches("2580", hash), run::toString);
        assertFalse(hash.contains("2580"));
    }

    @Test
    void refusesAPinTheNumberPadCannotType() {
        CliRun run = CliRun.of("hash-pin", "12ab");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("4 to 12 digits"), run::toString);
    }
}
