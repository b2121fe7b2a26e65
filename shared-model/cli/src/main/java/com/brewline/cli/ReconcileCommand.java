package com.brewline.cli;

import com.brewline.payment.client.BreakerSettings;
import com.brewline.payment.client.PaymentProviderClient;
import com.brewline.payment.client.ProviderSettings;
import com.brewline.payment.provider.ProviderRefundService;
import com.brewline.payment.provider.Reconciler;
import com.brewline.store.BrewlineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * What a kiosk's payment jobs do, once, for an operator: every pending order is looked up at the provider and
 * settled (paid, failed, or its open session aborted), then every refund due is sent.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Settles pending orders from what the payment provider says (DONE: paid; ABORTED/EXPIRED/none: "
                + "failed; an expired READY session is aborted) and sends the refunds due. The secret key comes from "
                + "the environment variable " + PayerOptions.SECRET_KEY_ENV + ". Exit 1 when something is left.")
final class ReconcileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "PATH|URL", description = "Order database (must exist): a SQLite file or a postgresql:// URL.")
    String db;

    @Option(names = "--provider-url", required = true, paramLabel = "URL", description = "The payment provider.")
    String providerUrl;

    @Option(names = "--older-than", defaultValue = "0", paramLabel = "SECONDS",
            description = "Only pending orders created at least this long ago. Default: ${DEFAULT-VALUE} (a session "
                    + "still inside its 10 minutes is left to its kiosk either way).")
    long olderThanSeconds;

    @Override
    public Integer call() {
        String key = System.getenv(PayerOptions.SECRET_KEY_ENV);
        if (key == null || key.isBlank()) {
            throw new CliException("reconcile needs the provider's secret key in the environment variable "
                    + PayerOptions.SECRET_KEY_ENV);
        }
        PrintWriter out = spec.commandLine().getOut();
        Clock clock = Stores.storeClock();
        try (BrewlineStore store = Stores.openExisting(db);
             PaymentProviderClient client = new PaymentProviderClient(ProviderSettings.of(providerUrl, key),
                     BreakerSettings.defaults().create("reconcile"))) {
            Left left = run(store, client, clock, Duration.ofSeconds(Math.max(0, olderThanSeconds)));
            out.println(left.describe());
            out.flush();
            return left.nothingLeft() ? 0 : 1;
        }
    }

    /** One pass, as simulate ends with it too. */
    static Left run(BrewlineStore store, PaymentProviderClient client, Clock clock, Duration olderThan) {
        Reconciler.Summary summary = new Reconciler(store, client, clock, olderThan).reconcileOnce();
        ProviderRefundService refunds = new ProviderRefundService(store, client, clock);
        refunds.processDue();
        int pending = store.orders().pendingCreatedBefore(clock.instant().plusSeconds(1)).size();
        return new Left(summary, pending, store.payments().refundsDue().size());
    }

    record Left(Reconciler.Summary summary, int stillPending, int refundsDue) {
        boolean nothingLeft() {
            return stillPending == 0 && refundsDue == 0;
        }

        String describe() {
            return String.format("reconcile: %d pending order(s) looked up: %d paid, %d failed, %d unsettled; "
                            + "left: %d pending order(s), %d refund(s) not yet sent",
                    summary.looked(), summary.paid(), summary.failed(), summary.unsettled(), stillPending, refundsDue);
        }
    }
}
