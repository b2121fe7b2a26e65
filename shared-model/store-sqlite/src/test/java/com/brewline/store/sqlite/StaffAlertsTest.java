package com.brewline.store.sqlite;

import com.brewline.store.StaffAlert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StaffAlertsTest {
    @TempDir
    Path dir;

    @Test
    void aProblemRaisedAgainIsOneAlertUntilResolved() {
        TestClock clock = TestClock.seoulMorning();
        try (SqliteStore store = SqliteStore.open(dir.resolve("b.db"), clock)) {
            long first = store.alerts().raise("kiosk-1", "PRINTER", "out of paper");
            long again = store.alerts().raise("kiosk-1", "PRINTER", "unreachable");
            store.alerts().raise("kiosk-2", "PRINTER", "out of paper");
            assertThat(again).isEqualTo(first);
            assertThat(store.alerts().open()).extracting(StaffAlert::source, StaffAlert::count, StaffAlert::message)
                    .contains(org.assertj.core.groups.Tuple.tuple("kiosk-1", 2, "unreachable"));

            store.alerts().resolve("kiosk-1", "PRINTER", "kiosk-1");
            assertThat(store.alerts().open()).extracting(StaffAlert::source).containsExactly("kiosk-2");
            assertThat(store.alerts().raise("kiosk-1", "PRINTER", "out of paper")).isNotEqualTo(first);
        }
    }
}
