package com.brewline.cli;

import com.brewline.notify.NotificationSender;
import com.brewline.store.BrewlineStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code brewline notify-worker}: sends the outbox's messages of a database until stopped. */
@Command(name = "notify-worker", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Sends the phone messages owed by the order database through the notification provider, "
                + "until stopped (Ctrl-C).",
                "Any number of senders may run at once (kiosks send too): each claims due messages for a while, and "
                        + "every message goes with its own idempotency key, so none is sent twice."})
final class NotifyWorkerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "PATH|URL",
            description = "The order database (must exist): a SQLite file or a postgresql:// URL.")
    String db;

    @Mixin
    NotifyOptions notifyOptions;

    @Override
    public Integer call() throws Exception {
        if (!notifyOptions.enabled()) {
            throw new CliException("notify-worker needs --notify-url");
        }
        notifyOptions.validate();
        CountDownLatch stopped = new CountDownLatch(1);
        try (BrewlineStore store = Stores.openExisting(db);
             NotificationSender sender = notifyOptions.startSender(store, "notify-worker-" + ProcessHandle.current().pid())) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "notify-worker-stop"));
            PrintWriter out = spec.commandLine().getOut();
            out.println("Sending the messages of " + db + " through " + notifyOptions.notifyUrl + "; stop with Ctrl-C.");
            out.flush();
            stopped.await();
        }
        return 0;
    }
}
