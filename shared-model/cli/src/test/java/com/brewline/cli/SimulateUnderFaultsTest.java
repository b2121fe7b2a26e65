package com.brewline.cli;

import com.brewline.sandbox.SandboxKnobs;
import com.brewline.sandbox.SandboxProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 9: simulate fails when orders were lost to anything but declines, and says how many of each. */
class SimulateUnderFaultsTest {
    @TempDir
    Path dir;

    @Test
    void anOutageIsAFailureWithItsCountsAndTheKioskBacksOff() {
        try (SandboxProvider sandbox = new SandboxProvider("sim_sk", SandboxKnobs.manual()
                .approveAfter(Duration.ofMillis(10)).outage(true))) {
            sandbox.start(0);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = BrewlineCli.run(new PrintWriter(out), new PrintWriter(err), "simulate", "--in-process",
                    "--db", dir.resolve("sim.db").toString(), "--kiosks", "1", "--orders", "200", "--baristas", "1",
                    "--provider-url", sandbox.baseUrl(), "--secret-key", "sim_sk", "--poll-ms", "5", "--timeout", "2");
            String all = "stdout:\n" + out + "\nstderr:\n" + err;
            assertThat(code).as(all).isEqualTo(1);
            assertThat(out.toString()).as(all).contains("Not placed: 0 declined, ").contains("refused while the provider was unavailable");
            assertThat(err.toString()).as(all).contains("no order was placed of the 200 requested");
            java.util.regex.Matcher refused = java.util.regex.Pattern.compile("(\\d+) refused while").matcher(out.toString());
            assertThat(refused.find()).as(all).isTrue();
            // backing off (0.2 s doubling) in 2 s: tries at 0, 0.2, 0.6 and 1.4 s; not 200 orders burnt in a second,
            // nor the 10 tries of a back-off that never doubles
            assertThat(Integer.parseInt(refused.group(1))).as(all).isBetween(1, 7);
            assertThat(out.toString()).as(all).contains("Left pending by this run:");
        }
    }

    @Test
    void declinesAloneAreNotAFailure() {
        try (SandboxProvider sandbox = new SandboxProvider("sim_sk", SandboxKnobs.manual()
                .approveAfter(Duration.ofMillis(10)).declineRate(0.3))) {
            sandbox.start(0);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = BrewlineCli.run(new PrintWriter(out), new PrintWriter(err), "simulate", "--in-process",
                    "--db", dir.resolve("sim.db").toString(), "--kiosks", "1", "--orders", "20", "--baristas", "1",
                    "--provider-url", sandbox.baseUrl(), "--secret-key", "sim_sk", "--poll-ms", "5");
            String all = "stdout:\n" + out + "\nstderr:\n" + err;
            assertThat(code).as(all).isZero();
            assertThat(out.toString()).as(all).containsPattern("Not placed: \\d+ declined, 0 refused while the provider "
                    + "was unavailable, 0 failed").contains("reconcile: ").contains("Left pending by this run: 0");
        }
    }
}
