package com.brewline.model;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CancelCodeTest {
    @Test
    void theCodeIsFourDigitsAndTheSameEveryTime() {
        String code = CancelCode.of("BL20261129-3k9x0q2m1z7ab");
        assertTrue(code.matches("\\d{4}"), code);
        assertEquals(code, CancelCode.of("BL20261129-3k9x0q2m1z7ab"), "every process computes the same code");
        assertTrue(CancelCode.matches("BL20261129-3k9x0q2m1z7ab", code));
    }

    @Test
    void otherCodesAndMalformedEntriesDoNotMatch() {
        String id = "BL20261129-3k9x0q2m1z7ab";
        String code = CancelCode.of(id);
        String other = String.format("%04d", (Integer.parseInt(code) + 1) % 10_000);
        assertFalse(CancelCode.matches(id, other));
        assertFalse(CancelCode.matches(id, ""));
        assertFalse(CancelCode.matches(id, null));
        assertFalse(CancelCode.matches(id, code + "0"));
        assertFalse(CancelCode.matches(id, code.substring(1)));
    }

    @Test
    void codesSpreadOverTheirRange() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            seen.add(CancelCode.of("BL20261129-order" + i));
        }
        // 2000 draws from 10,000 values: about 1,813 distinct expected; a weak derivation gives far fewer
        assertTrue(seen.size() > 1700, "distinct codes: " + seen.size());
        assertNotEquals(CancelCode.of("BL20261129-a"), CancelCode.of("BL20261129-b"));
    }
}
