package com.brewline.cli;

import com.brewline.sandbox.SandboxKnobs;
import com.brewline.sandbox.SandboxProvider;
import com.brewline.sandbox.notify.NotificationKnobs;
import com.brewline.sandbox.notify.NotificationSandbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code brewline sandbox}: the bundled payment provider on its own, for the demo and load tests. */
@Command(name = "sandbox", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the sandbox payment provider on 127.0.0.1 until stopped (Ctrl-C).",
                "Customers approve at each session's checkoutUrl in a browser, or a simulated customer approves "
                        + "every session after --approve-after seconds. Knobs can also be changed while it runs: "
                        + "POST /sandbox/knobs with the secret key."})
final class SandboxCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "18080", paramLabel = "P",
            description = "Port on 127.0.0.1 (0: any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--secret-key", paramLabel = "K",
            description = "The secret key clients must send (default: the environment variable "
                    + PayerOptions.SECRET_KEY_ENV + ").")
    String secretKey;

    @Option(names = "--approve-after", paramLabel = "SECONDS",
            description = "A simulated customer approves every session after this many seconds (decimals allowed). "
                    + "Without it only the checkout page approves.")
    Double approveAfterSeconds;

    @Option(names = "--decline-rate", defaultValue = "0.1", paramLabel = "R",
            description = "Share of simulated approvals that end declined (0..1). Default: ${DEFAULT-VALUE}.")
    double declineRate;

    @Option(names = "--fail-rate", defaultValue = "0", paramLabel = "F",
            description = "Share of API requests answered 500 without effect (0..1). Default: ${DEFAULT-VALUE}.")
    double failRate;

    @Option(names = "--drop-rate", defaultValue = "0", paramLabel = "D",
            description = "Share of API requests whose connection is dropped after they took effect (0..1). Default: ${DEFAULT-VALUE}.")
    double dropRate;

    @Option(names = "--slow-rate", defaultValue = "0", paramLabel = "S",
            description = "Share of API requests answered slowly (0..1). Default: ${DEFAULT-VALUE}.")
    double slowRate;

    @Option(names = "--slow-seconds", defaultValue = "4", paramLabel = "SECONDS",
            description = "How slow a slow answer is. Default: ${DEFAULT-VALUE}.")
    double slowSeconds;

    @Option(names = "--outage", description = "Refuse every API request (503 or a closed connection).")
    boolean outage;

    @Option(names = "--session-expiry", defaultValue = "600", paramLabel = "SECONDS",
            description = "A session not confirmed expires after this long. Default: ${DEFAULT-VALUE}.")
    double sessionExpirySeconds;

    @Option(names = "--notify-port", paramLabel = "P",
            description = "Also run the sandbox notification provider on this port of 127.0.0.1 (0: any free port); "
                    + "its API key from the environment variable " + NotifyOptions.API_KEY_ENV + ". "
                    + "Sent messages: http://127.0.0.1:P/sandbox/messages.html")
    Integer notifyPort;

    @Option(names = "--notify-fail-rate", defaultValue = "0", paramLabel = "F",
            description = "Share of notification requests answered 500 without effect (0..1). Default: ${DEFAULT-VALUE}.")
    double notifyFailRate;

    @Option(names = "--notify-drop-rate", defaultValue = "0", paramLabel = "D",
            description = "Share of messages accepted whose answer is lost (0..1). Default: ${DEFAULT-VALUE}.")
    double notifyDropRate;

    @Option(names = "--notify-fallback-rate", defaultValue = "0.1", paramLabel = "S",
            description = "Share of messages AlimTalk cannot deliver, sent by the SMS fallback (0..1). Default: ${DEFAULT-VALUE}.")
    double notifyFallbackRate;

    @Override
    public Integer call() throws InterruptedException {
        NotificationSandbox notifications = notifyPort == null ? null : startNotifications();
        String key = secretKey != null ? secretKey : System.getenv(PayerOptions.SECRET_KEY_ENV);
        if (key == null || key.isBlank()) {
            throw new CliException("the sandbox needs --secret-key or the environment variable " + PayerOptions.SECRET_KEY_ENV);
        }
        SandboxKnobs knobs;
        try {
            knobs = SandboxKnobs.manual()
                    .approveAfter(approveAfterSeconds == null ? null : SandboxProvider.seconds(approveAfterSeconds))
                    .declineRate(declineRate).failRate(failRate).dropRate(dropRate)
                    .slow(slowRate, SandboxProvider.seconds(slowSeconds)).outage(outage)
                    .sessionExpiry(SandboxProvider.seconds(sessionExpirySeconds));
        } catch (IllegalArgumentException e) {
            throw new CliException("sandbox: " + e.getMessage());
        }
        SandboxProvider sandbox = new SandboxProvider(key, knobs);
        int bound = sandbox.start(port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.stop();
            if (notifications != null) {
                notifications.stop();
            }
            stopped.countDown();
        }, "sandbox-stop"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Sandbox payment provider listening on http://127.0.0.1:" + bound);
        out.println("  approve: " + (approveAfterSeconds == null ? "on each session's checkout page"
                : "simulated customer after " + approveAfterSeconds + " s, " + declineRate + " declined")
                + "; fail " + failRate + ", drop " + dropRate + ", slow " + slowRate + ", outage " + outage);
        if (notifications != null) {
            out.println("Sandbox notification provider listening on " + notifications.baseUrl() + " (" + notifications.knobs()
                    + "); sent messages: " + notifications.baseUrl() + "/sandbox/messages.html");
        }
        out.println("Stop with Ctrl-C.");
        out.flush();
        stopped.await();
        return 0;
    }

    private NotificationSandbox startNotifications() {
        String key = System.getenv(NotifyOptions.API_KEY_ENV);
        if (key == null || key.isBlank()) {
            throw new CliException("--notify-port needs the API key in the environment variable " + NotifyOptions.API_KEY_ENV);
        }
        try {
            NotificationSandbox sandbox = new NotificationSandbox(key, NotificationKnobs.calm().failRate(notifyFailRate)
                    .dropRate(notifyDropRate).fallbackRate(notifyFallbackRate));
            sandbox.start(notifyPort);
            return sandbox;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CliException("sandbox: " + e.getMessage());
        }
    }
}
