package com.brewline.cli;

import com.brewline.store.BrewlineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Internal, for {@code bench}: watches the pickup board through the change feed, as the board screen does,
 * and prints the wall-clock time each new preparing number was first seen.
 */
@Command(name = "feed-probe", hidden = true, description = "Internal: change-feed latency probe for bench.")
final class FeedProbeCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true)
    String db;

    @Option(names = "--expect", required = true, description = "Stop after this many new numbers.")
    int expect;

    @Option(names = "--stop-at", required = true, description = "Wall-clock millis to give up at.")
    long stopAtMillis;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (BrewlineStore store = Stores.openExisting(db)) {
            Set<Integer> seen = new HashSet<>(store.readModel().pickupBoard().preparing());
            CountDownLatch remaining = new CountDownLatch(expect);
            Runnable look = () -> {
                // runs on the feed's thread, one call at a time
                for (int number : store.readModel().pickupBoard().preparing()) {
                    if (seen.add(number)) {
                        out.println(WorkerProtocol.line(WorkerProtocol.SEEN, number, System.currentTimeMillis()));
                        remaining.countDown();
                    }
                }
                out.flush();
            };
            try (AutoCloseable subscription = store.changes().subscribe(look)) {
                out.println(WorkerProtocol.line(WorkerProtocol.READY));
                out.flush();
                remaining.await(Math.max(1, stopAtMillis - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
            }
            out.println(WorkerProtocol.line(WorkerProtocol.DONE, expect - remaining.getCount()));
            out.flush();
        }
        return 0;
    }
}
