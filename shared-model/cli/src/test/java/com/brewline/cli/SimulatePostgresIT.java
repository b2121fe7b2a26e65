package com.brewline.cli;

import com.brewline.sandbox.notify.NotificationKnobs;
import com.brewline.sandbox.notify.NotificationSandbox;
import com.brewline.sandbox.notify.SentMessage;
import com.brewline.store.OutboxMessage;
import com.brewline.store.contract.TestPostgres;
import com.brewline.store.postgres.PostgresStore;
import com.brewline.testkit.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * simulate and report on a PostgreSQL URL: kiosk processes and baristas, every order accounted for, and every
 * message owed to a customer sent exactly once through a provider failing 10 % of requests and losing 5 % of its
 * answers (the notification outbox on PostgreSQL, claimed by the kiosk processes' senders).
 */
class SimulatePostgresIT {
    @Test
    @Timeout(180)
    void kioskProcessesBaristasAndMessagesAccountForEveryOrderOnPostgres() throws Exception {
        String url = TestPostgres.newDatabase("simulate");
        try (NotificationSandbox sandbox = new NotificationSandbox("nk_it", NotificationKnobs.calm()
                .failRate(0.1).dropRate(0.05))) {
            sandbox.start(0);
            ChildJvm.Result run = ChildJvm.run(BrewlineCli.class, Duration.ofSeconds(150),
                    Map.of(NotifyOptions.API_KEY_ENV, "nk_it"), "simulate", "--db", url, "--kiosks", "2",
                    "--orders", "10", "--baristas", "2", "--prep-scale", "0.0005", "--notify-url", sandbox.baseUrl(),
                    "--phone-share", "0.8", "--timeout", "120");
            String printed = String.join("\n", run.stdout()) + "\n" + run.stderr();
            assertThat(run.exitCode()).as(printed).isZero();
            assertThat(printed).contains("OK: all 20 order(s) placed were claimed once, first-in first-out, and picked up",
                    "exactly one each: yes");

            Map<String, Long> perReference = sandbox.messages().stream()
                    .collect(Collectors.groupingBy(SentMessage::clientReference, Collectors.counting()));
            try (PostgresStore store = PostgresStore.open(url, Clock.systemUTC())) {
                List<OutboxMessage> rows = new ArrayList<>();
                for (long id = 1; id <= 40; id++) {
                    rows.addAll(store.notifications().ofOrder(id));
                }
                assertThat(rows).isNotEmpty().allMatch(m -> m.status() == OutboxMessage.Status.SENT);
                assertThat(rows).extracting(OutboxMessage::clientReference)
                        .allSatisfy(ref -> assertThat(perReference.get(ref)).as(ref).isEqualTo(1L));
                assertThat(perReference).hasSize(rows.size());
            }
        }
        CliRun report = CliRun.of("report", "--db", url, "--day", LocalDate.now().toString(), "--json");
        assertThat(report.exitCode()).as(report.toString()).isZero();
        assertThat(report.out().replace(" ", "")).contains("\"ordersPaid\":20");
    }
}
