package com.brewline.cli;

import com.brewline.model.BusinessDay;
import com.brewline.model.DiningOption;
import com.brewline.model.NewOrder;
import com.brewline.model.OrderLine;
import com.brewline.model.OrderStatus;
import com.brewline.payment.CheckoutResult;
import com.brewline.payment.client.BreakerSettings;
import com.brewline.payment.client.Payment;
import com.brewline.payment.client.PaymentProviderClient;
import com.brewline.payment.client.ProviderSettings;
import com.brewline.payment.client.ReadySession;
import com.brewline.payment.provider.ProviderCheckoutService;
import com.brewline.sandbox.SandboxKnobs;
import com.brewline.sandbox.SandboxProvider;
import com.brewline.store.BrewlineStore;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code brewline bench-payment}: what the payment client itself costs per paid order, against a
 * bare OkHttp client doing the same HTTP round trips to the same embedded sandbox, in one run.
 */
@Command(name = "bench-payment", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures the payment client's own overhead per paid order against bare OkHttp round trips to "
                + "the same embedded sandbox (loopback), in one run:",
                "  A. bare OkHttp: ready, lookup, confirm with hand-written JSON (the customer approves in-process);",
                "  B. PaymentProviderClient: the same three calls (Jackson DTOs, circuit breaker, idempotency keys);",
                "  C. ProviderCheckoutService: a whole paid order (pending order, ready, polling, confirm, commit) on a "
                        + "SQLite store, the simulated customer approving at once.",
                "B - A is the client's overhead; C - B adds the store's writes and the polling."})
final class BenchPaymentCommand implements Callable<Integer> {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    @Spec
    CommandSpec spec;

    @Option(names = "--orders", defaultValue = "500", paramLabel = "N", description = "Measured orders per variant. Default: ${DEFAULT-VALUE}.")
    int orders;

    @Option(names = "--warmup", defaultValue = "200", paramLabel = "N", description = "Unmeasured orders first. Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--poll-ms", defaultValue = "1", paramLabel = "MS",
            description = "Polling interval of variant C. Default: ${DEFAULT-VALUE}.")
    long pollMillis;

    private int sequence;

    @Override
    public Integer call() throws Exception {
        if (orders < 10 || warmup < 0) {
            throw new CliException("--orders must be at least 10 and --warmup not negative");
        }
        PrintWriter out = spec.commandLine().getOut();
        String secret = "bench_sk_" + UUID.randomUUID();
        Path dir = Files.createTempDirectory("brewline-bench-payment");
        try (SandboxProvider sandbox = new SandboxProvider(secret, SandboxKnobs.manual())) {
            sandbox.start(0);
            OkHttpClient bare = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
            String auth = Credentials.basic(secret, "", StandardCharsets.UTF_8);
            try (PaymentProviderClient client = new PaymentProviderClient(ProviderSettings.of(sandbox.baseUrl(), secret),
                    BreakerSettings.defaults().create("bench"))) {
                out.printf("bench-payment: %d orders per variant after %d warm-up, sandbox at %s%n", orders, warmup, sandbox.baseUrl());
                out.flush();
                List<Long> a = new ArrayList<>();
                List<Long> b = new ArrayList<>();
                measureInterleaved(() -> bareOrder(bare, auth, sandbox), a, () -> clientOrder(client, sandbox), b);

                sandbox.knobs().approveAfter(Duration.ZERO);
                List<Long> c;
                long requestsBefore;
                long requestsAfter;
                try (BrewlineStore store = Stores.openOrCreate(dir.resolve("bench.db"))) {
                    BusinessDay day = SimulateCommand.ensureDayOpen(store);
                    ProviderCheckoutService checkout = new ProviderCheckoutService(store, client, Clock.systemUTC(),
                            Duration.ofMillis(pollMillis), Duration.ofSeconds(30), () -> { });
                    java.util.function.LongSupplier paidOrder = () -> {
                        CheckoutResult r = checkout.await(checkout.begin(order()));
                        if (!(r instanceof CheckoutResult.Paid paid)) {
                            throw new CliException("bench order not paid: " + r);
                        }
                        return paid.order().id();
                    };
                    requestsBefore = 0;
                    c = new ArrayList<>();
                    for (int i = 0; i < warmup + orders; i++) {
                        if (i == warmup) {
                            requestsBefore = sandbox.apiRequestCount();
                        }
                        long t = System.nanoTime();
                        long id = paidOrder.getAsLong();
                        long took = System.nanoTime() - t;
                        if (i >= warmup) {
                            c.add(took);
                        }
                        // hand the order on (not timed): pickup numbers are only 1..999 per day
                        store.orders().transition(id, OrderStatus.IN_PREPARATION, "bench", null);
                        store.orders().transition(id, OrderStatus.READY, "bench", null);
                        store.orders().transition(id, OrderStatus.PICKED_UP, "bench", null);
                    }
                    requestsAfter = sandbox.apiRequestCount();
                    out.printf("C ran on business day %s of a fresh SQLite store%n", day.date());
                }
                print(out, a, b, c, (requestsAfter - requestsBefore) / (double) orders);
            }
            bare.dispatcher().executorService().shutdown();
            bare.connectionPool().evictAll();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    private interface Order {
        void run() throws IOException;
    }

    /** A and B take turns (alternating which goes first) so that warm-up, GC and a busy machine hit both alike. */
    private void measureInterleaved(Order first, List<Long> firstTimes, Order second, List<Long> secondTimes)
            throws IOException {
        for (int i = 0; i < warmup; i++) {
            first.run();
            second.run();
        }
        for (int i = 0; i < orders; i++) {
            if (i % 2 == 0) {
                firstTimes.add(time(first));
                secondTimes.add(time(second));
            } else {
                secondTimes.add(time(second));
                firstTimes.add(time(first));
            }
        }
    }

    private static long time(Order order) throws IOException {
        long t = System.nanoTime();
        order.run();
        return System.nanoTime() - t;
    }

    private String nextOrderId() {
        return "BENCH-" + (++sequence) + "-" + Long.toString(System.nanoTime(), 36);
    }

    private void bareOrder(OkHttpClient http, String auth, SandboxProvider sandbox) throws IOException {
        String orderId = nextOrderId();
        String ready = send(http, new Request.Builder().url(sandbox.baseUrl() + "/v1/payments/ready")
                .header("Authorization", auth).header("Idempotency-Key", UUID.randomUUID().toString())
                .post(RequestBody.create("{\"orderId\":\"" + orderId + "\",\"orderName\":\"아메리카노\",\"amount\":4500,"
                        + "\"taxFreeAmount\":0}", JSON)).build());
        int at = ready.indexOf("\"paymentKey\":\"") + 14;
        String paymentKey = ready.substring(at, ready.indexOf('"', at));
        sandbox.approve(paymentKey);
        send(http, new Request.Builder().url(sandbox.baseUrl() + "/v1/payments/" + paymentKey)
                .header("Authorization", auth).get().build());
        send(http, new Request.Builder().url(sandbox.baseUrl() + "/v1/payments/confirm")
                .header("Authorization", auth).header("Idempotency-Key", UUID.randomUUID().toString())
                .post(RequestBody.create("{\"paymentKey\":\"" + paymentKey + "\",\"orderId\":\"" + orderId
                        + "\",\"amount\":4500}", JSON)).build());
    }

    private static String send(OkHttpClient http, Request request) throws IOException {
        try (Response r = http.newCall(request).execute()) {
            String body = r.body().string();
            if (!r.isSuccessful()) {
                throw new CliException("bench request failed: " + r.code() + " " + body);
            }
            return body;
        }
    }

    private void clientOrder(PaymentProviderClient client, SandboxProvider sandbox) {
        String orderId = nextOrderId();
        ReadySession s = client.ready(orderId, "아메리카노", 4500, 0, UUID.randomUUID().toString());
        sandbox.approve(s.paymentKey());
        client.lookupByPaymentKey(s.paymentKey());
        Payment done = client.confirm(s.paymentKey(), orderId, 4500, UUID.randomUUID().toString());
        if (!done.status().equals("DONE")) {
            throw new CliException("bench confirm answered " + done.status());
        }
    }

    private static NewOrder order() {
        return new NewOrder("bench", DiningOption.TAKEOUT, List.of(
                new OrderLine("americano", "아메리카노", "Americano", List.of(), 1, 4500, 60)));
    }

    private void print(PrintWriter out, List<Long> a, List<Long> b, List<Long> c, double requestsPerPaidOrder) {
        Percentiles pa = new Percentiles(a);
        Percentiles pb = new Percentiles(b);
        Percentiles pc = new Percentiles(c);
        out.println();
        out.printf("%-58s %10s %10s %10s%n", "per paid order (microseconds)", "mean", "p50", "p90");
        row(out, "A. bare OkHttp, 3 round trips", a, pa);
        row(out, "B. PaymentProviderClient, same 3 calls", b, pb);
        row(out, "C. ProviderCheckoutService, whole paid order", c, pc);
        out.println();
        out.printf("client overhead per paid order (B - A): mean %d us, p50 %d us (%d us per call)%n",
                (mean(b) - mean(a)) / 1000, (pb.percentile(50) - pa.percentile(50)) / 1000, (mean(b) - mean(a)) / 3000);
        out.printf("store writes + polling + orchestration (C - B): mean %d us, p50 %d us; %.2f provider requests per paid order in C%n",
                (mean(c) - mean(b)) / 1000, (pc.percentile(50) - pb.percentile(50)) / 1000, requestsPerPaidOrder);
        out.flush();
    }

    private static void row(PrintWriter out, String name, List<Long> times, Percentiles p) {
        out.printf("%-58s %10d %10d %10d%n", name, mean(times) / 1000, p.percentile(50) / 1000, p.percentile(90) / 1000);
    }

    private static long mean(List<Long> times) {
        return (long) times.stream().mapToLong(Long::longValue).average().orElse(0);
    }
}
