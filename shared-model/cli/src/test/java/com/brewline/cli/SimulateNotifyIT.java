package com.brewline.cli;

import com.brewline.sandbox.notify.NotificationKnobs;
import com.brewline.sandbox.notify.NotificationSandbox;
import com.brewline.sandbox.notify.SentMessage;
import com.brewline.store.OutboxMessage;
import com.brewline.store.sqlite.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code brewline simulate --notify-url} as a shop would run it: a separate JVM with the API key in its
 * environment, kiosk worker JVMs, a provider failing 10 % of requests and dropping 5 % of its answers, and
 * the first kiosk killed with SIGKILL mid-run. Exactly one message per notified event per order, checked
 * by the command against the provider's list and here again against the sandbox's own memory.
 */
class SimulateNotifyIT {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void oneMessagePerEventWithAFailingProviderAndAKioskKilledMidRun() throws Exception {
        try (NotificationSandbox sandbox = new NotificationSandbox("nk_it", NotificationKnobs.calm()
                .failRate(0.1).dropRate(0.05).fallbackRate(0.1))) {
            sandbox.start(0);
            Path db = dir.resolve("sim.db");
            Path out = dir.resolve("out.txt");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", // as every test JVM: C1 pays back in seconds
                    "-cp", System.getProperty("java.class.path"), BrewlineCli.class.getName(),
                    "simulate", "--db", db.toString(), "--kiosks", "3", "--orders", "40", "--baristas", "2",
                    "--order-interval-ms", "25", "--notify-url", sandbox.baseUrl(), "--kill-kiosk-after", "12",
                    // the killed kiosk's claims run out after 3 calls + 11 s: 13.4 s at 0.8 s a call, not 20 s at 3 s
                    "--notify-call-timeout-ms", "800", "--timeout", "200"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
            builder.environment().put(NotifyOptions.API_KEY_ENV, "nk_it");
            Process simulate = builder.start();
            try {
                assertThat(simulate.waitFor(210, TimeUnit.SECONDS)).as("simulate finished").isTrue();
                String printed = Files.readString(out, StandardCharsets.UTF_8);
                assertThat(simulate.exitValue()).as(printed).isZero();
                assertThat(printed).contains("killed with SIGKILL after 12 orders", "exactly one each: yes");
                assertThat(printed).doesNotContainPattern("010\\d{8}");

                Map<String, Long> perReference = sandbox.messages().stream()
                        .collect(Collectors.groupingBy(SentMessage::clientReference, Collectors.counting()));
                try (SqliteStore store = SqliteStore.openReadOnly(db, Clock.systemUTC())) {
                    List<OutboxMessage> rows = new ArrayList<>();
                    for (long id = 1; id <= 200; id++) {
                        rows.addAll(store.notifications().ofOrder(id));
                    }
                    assertThat(rows).isNotEmpty().allMatch(m -> m.status() == OutboxMessage.Status.SENT);
                    assertThat(rows).extracting(OutboxMessage::clientReference)
                            .allSatisfy(ref -> assertThat(perReference.get(ref)).as(ref).isEqualTo(1L));
                    assertThat(perReference).hasSize(rows.size());
                    System.out.printf("simulate --notify-url: %d message(s) owed, %d in the provider's list, %d requests "
                            + "to the provider; %s%n", rows.size(), perReference.size(), sandbox.apiRequestCount(),
                            printed.lines().filter(l -> l.startsWith("Outbox drained")).findFirst().orElse(""));
                }
            } finally {
                simulate.destroyForcibly();
                simulate.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
