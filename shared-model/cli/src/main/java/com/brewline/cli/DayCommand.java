package com.brewline.cli;

import com.brewline.model.BusinessDay;
import com.brewline.store.BrewlineStore;
import com.brewline.store.DayCloseRefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** Staff's business day for scripts: what the barista station's open / pause / close buttons do. */
@Command(name = "day", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Opens, pauses or closes the business day, or shows it (the same rules as the barista station: "
                + "a paused day resumes on open, a closed day is followed by a new one; a day with open orders does "
                + "not close). Dates are in the store's time zone (store.timeZone).")
final class DayCommand implements Callable<Integer> {
    enum Action { open, pause, close, status }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACTION", description = "open, pause, close or status.")
    Action action;

    @Option(names = "--db", required = true, paramLabel = "PATH|URL", description = "Order database (must exist): a SQLite file or a postgresql:// URL.")
    String db;

    @Option(names = "--actor", defaultValue = "script", paramLabel = "NAME",
            description = "Who did it, for the day's history. Default: ${DEFAULT-VALUE}.")
    String actor;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Clock clock = Stores.storeClock();
        try (BrewlineStore store = Stores.openExisting(db)) {
            BusinessDay day = switch (action) {
                case open -> store.days().open(LocalDate.now(clock), actor);
                case pause -> store.days().pause(actor);
                case close -> close(store);
                case status -> store.days().current().orElse(null);
            };
            out.println(day == null ? "no business day has been opened yet"
                    : "business day " + day.date() + ": " + day.state().name().toLowerCase()
                    + (day.takesOrders() ? " (taking orders)" : " (not taking orders)"));
            out.flush();
        }
        return 0;
    }

    private BusinessDay close(BrewlineStore store) {
        try {
            return store.days().close(actor);
        } catch (DayCloseRefusedException e) {
            throw new CliException("the day was not closed: " + e.openOrders().size() + " order(s) still open ("
                    + e.openOrders().stream().limit(10).map(o -> "#" + o.pickupNumber() + " " + o.status())
                    .collect(Collectors.joining(", ")) + (e.openOrders().size() > 10 ? ", ..." : "")
                    + "); finish, pick up or reject them first");
        }
    }

}
