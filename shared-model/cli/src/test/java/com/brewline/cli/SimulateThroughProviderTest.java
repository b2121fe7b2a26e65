package com.brewline.cli;

import com.brewline.sandbox.SandboxKnobs;
import com.brewline.sandbox.SandboxPaymentView;
import com.brewline.sandbox.SandboxProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code brewline simulate --provider-url}: the simulator's kiosks pay through the sandbox as the kiosk does. */
class SimulateThroughProviderTest {
    @TempDir
    Path dir;

    @Test
    void kiosksPayThroughTheSandboxAndEveryChargedOrderIsServed() {
        try (SandboxProvider sandbox = new SandboxProvider("sim_sk", SandboxKnobs.manual()
                .approveAfter(Duration.ofMillis(10)).declineRate(0.1))) {
            sandbox.start(0);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = BrewlineCli.run(new PrintWriter(out), new PrintWriter(err), "simulate", "--in-process",
                    "--db", dir.resolve("sim.db").toString(), "--kiosks", "2", "--orders", "25", "--baristas", "1",
                    "--provider-url", sandbox.baseUrl(), "--secret-key", "sim_sk", "--poll-ms", "5");
            assertThat(code).as("stdout:%n%s%nstderr:%n%s", out, err).isZero();
            long charged = sandbox.payments().stream().filter(p -> p.status().equals("DONE")).count();
            assertThat(sandbox.payments()).hasSize(50);
            assertThat(charged).isBetween(30L, 50L);
            assertThat(sandbox.payments()).extracting(SandboxPaymentView::status)
                    .allMatch(s -> s.equals("DONE") || s.equals("ABORTED"));
            java.util.regex.Matcher placed = java.util.regex.Pattern.compile("Placed (\\d+) order").matcher(out.toString());
            assertThat(placed.find()).as(out.toString()).isTrue();
            assertThat(charged).as("every order charged at the provider was placed and served").isEqualTo(Long.parseLong(placed.group(1)));
        }
    }

    /** Kiosk worker JVMs pay too; the key reaches them in their environment, not on a command line. */
    @Test
    void kioskProcessesGetTheKeyOutsideTheirCommandLine() {
        try (SandboxProvider sandbox = new SandboxProvider("sim_sk_process", SandboxKnobs.manual()
                .approveAfter(Duration.ofMillis(10)))) {
            sandbox.start(0);
            PayerOptions options = new PayerOptions();
            options.providerUrl = sandbox.baseUrl();
            options.secretKey = "sim_sk_process";
            assertThat(String.join(" ", options.forwardedArgs())).doesNotContain("sim_sk_process");
            assertThat(options.forwardedEnvironment()).containsEntry(PayerOptions.SECRET_KEY_ENV, "sim_sk_process");

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = BrewlineCli.run(new PrintWriter(out), new PrintWriter(err), "simulate",
                    "--db", dir.resolve("sim-processes.db").toString(), "--kiosks", "2", "--orders", "5", "--baristas", "1",
                    "--provider-url", sandbox.baseUrl(), "--secret-key", "sim_sk_process", "--poll-ms", "5");
            assertThat(code).as("stdout:%n%s%nstderr:%n%s", out, err).isZero();
            assertThat(sandbox.payments()).hasSize(10).allMatch(p -> p.status().equals("DONE"));
        }
    }

    @Test
    void sandboxCommandRefusesBadKnobs() {
        StringWriter err = new StringWriter();
        int code = BrewlineCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "sandbox", "--port", "0",
                "--secret-key", "k", "--decline-rate", "1.5");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("declineRate must be between 0.0 and 1.0");
    }
}
