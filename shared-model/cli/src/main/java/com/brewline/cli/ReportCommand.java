package com.brewline.cli;

import com.brewline.model.BusinessDay;
import com.brewline.model.DaySummary;
import com.brewline.report.FiguresJson;
import com.brewline.report.Period;
import com.brewline.report.StaffCallFigures;
import com.brewline.store.StaffCalls;
import com.brewline.store.BrewlineStore;
import com.brewline.store.Reports;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

/** The day's summary: orders, sales, cancellations, wait and preparation times. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Prints a business day's summary: orders, sales (won, VAT included), cancellations and "
                + "rejections, average / p90 / slowest wait (paid to ready) and preparation (started to ready), "
                + "customers' staff calls and how fast they were answered.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfiguredDatabase database;

    @Option(names = "--day", paramLabel = "DATE", description = "The day, as YYYY-MM-DD. Default: the latest business day, "
            + "or today if none was ever opened.")
    LocalDate day;

    @Option(names = "--json", description = "Print JSON instead of a table (money in won, times in seconds; "
            + "with --from/--to: the period's figures, times in milliseconds).")
    boolean json;

    @Option(names = "--late-at", defaultValue = "1.5", paramLabel = "FRACTION", description = "A ticket counts as late "
            + "once it waited this many times its preparation target (the shop's barista.lateAtTargetFraction). "
            + "Default: ${DEFAULT-VALUE}.")
    double lateAt;

    @Option(names = "--from", paramLabel = "DATE", description = "First business day of a period (YYYY-MM-DD): "
            + "print the period's figures (by hour, per item, reasons) and the same period a month earlier.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last business day of the period (default: --from).")
    LocalDate to;

    @Option(names = "--time-zone", paramLabel = "ZONE", description = "The store's time zone for the hours of "
            + "--from/--to and --csv, e.g. Asia/Seoul (default: the configuration's store.timeZone, else this machine's).")
    java.time.ZoneId timeZone;

    @Option(names = "--csv", description = "Print the period's paid orders as CSV for the accountant, one row each "
            + "(--from/--to, or --day).")
    boolean csv;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        // a report never writes: not even to upgrade, switch to WAL or create a database
        try (BrewlineStore store = database.openForReading()) {
            LocalDate date = day != null ? day
                    : store.days().current().map(BusinessDay::date).orElse(LocalDate.now(Stores.storeClock()));
            if (from != null || to != null || csv) {
                java.time.ZoneId zone = timeZone != null ? timeZone : Stores.storeClock().getZone();
                out.print(PeriodReport.print(store, period(date), zone, csv, json));
                out.flush();
                return 0;
            }
            DaySummary summary = store.reports().daySummary(date);
            if (!(lateAt >= 0.1 && lateAt <= 20)) {
                throw new CliException("--late-at must be 0.1..20, was " + lateAt);
            }
            // preparation figures of the day and of the 4 weeks ending with it (issue 12)
            Reports.PrepFigureTable dayFigures = store.reports().prepFigures(date, date, lateAt);
            Reports.PrepFigureTable weekFigures = store.reports().prepFigures(date.minusDays(27), date, lateAt);
            StaffCallFigures calls = StaffCalls.figures(store.alerts(), date, date, Stores.storeClock().getZone());
            out.print(json ? toJson(summary, dayFigures, weekFigures, lateAt, calls) + System.lineSeparator()
                    : toTable(summary) + staffCallsTable(calls)
                    + PrepFiguresReport.toTable(dayFigures, weekFigures, lateAt));
            out.flush();
        }
        return 0;
    }

    private Period period(LocalDate date) {
        if (to != null && from == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--to needs --from");
        }
        if (from != null && day != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give either --day or --from/--to");
        }
        if (csv && json) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give either --csv or --json");
        }
        try {
            return from == null ? Period.day(date) : Period.between(from, to == null ? from : to);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    static String toJson(DaySummary s) throws Exception {
        return toJson(s, null, null, 0, null);
    }

    static String toJson(DaySummary s, Reports.PrepFigureTable day, Reports.PrepFigureTable weeks, double lateAt,
                         StaffCallFigures calls) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode node = mapper.createObjectNode();
        node.put("date", s.date().toString());
        node.put("ordersPaid", s.ordersPaid());
        node.put("ordersPickedUp", s.ordersPickedUp());
        node.put("cancelled", s.cancelled());
        node.put("rejected", s.rejected());
        node.put("paymentFailed", s.paymentFailed());
        node.put("grossSales", s.grossSales());
        node.put("refunded", s.refunded());
        node.put("netSales", s.netSales());
        node.put("refundsPending", s.refundsPending());
        putSeconds(node, "averageWaitSeconds", s.averageWait());
        putSeconds(node, "p90WaitSeconds", s.p90Wait());
        putSeconds(node, "slowestWaitSeconds", s.slowestWait());
        putSeconds(node, "averagePrepSeconds", s.averagePrep());
        putSeconds(node, "p90PrepSeconds", s.p90Prep());
        putSeconds(node, "slowestPrepSeconds", s.slowestPrep());
        if (calls != null) {
            FiguresJson.addStaffCalls(node, calls);
        }
        if (day != null) {
            PrepFiguresReport.addTo(node, day, weeks, lateAt);
        }
        return mapper.writeValueAsString(node);
    }

    private static void putSeconds(ObjectNode node, String field, Duration d) {
        if (d == null) {
            node.putNull(field);
        } else {
            node.put(field, Math.round(d.toMillis() / 100.0) / 10.0);
        }
    }

    static String toTable(DaySummary s) {
        NumberFormat won = NumberFormat.getIntegerInstance(Locale.KOREA);
        StringBuilder sb = new StringBuilder();
        String row = "%-28s %14s%n";
        sb.append(String.format("Brewline day summary — %s%n", s.date()));
        sb.append(String.format(row, "Orders paid", s.ordersPaid()));
        sb.append(String.format(row, "Orders picked up", s.ordersPickedUp()));
        sb.append(String.format(row, "Cancelled by customer", s.cancelled()));
        sb.append(String.format(row, "Rejected by barista", s.rejected()));
        sb.append(String.format(row, "Payments failed", s.paymentFailed()));
        sb.append(String.format(row, "Gross sales (won)", won.format(s.grossSales())));
        sb.append(String.format(row, "Refunded (won)", won.format(s.refunded())));
        sb.append(String.format(row, "Net sales (won)", won.format(s.netSales())));
        sb.append(String.format(row, "Refunds still pending", s.refundsPending()));
        sb.append(String.format(row, "Wait, average", format(s.averageWait())));
        sb.append(String.format(row, "Wait, p90", format(s.p90Wait())));
        sb.append(String.format(row, "Wait, slowest", format(s.slowestWait())));
        sb.append(String.format(row, "Preparation, average", format(s.averagePrep())));
        sb.append(String.format(row, "Preparation, p90", format(s.p90Prep())));
        sb.append(String.format(row, "Preparation, slowest", format(s.slowestPrep())));
        return sb.toString();
    }

    /** Customers' calls from the kiosks and how fast staff answered them (resolved − raised). */
    static String staffCallsTable(StaffCallFigures calls) {
        String row = "%-28s %14s%n";
        return String.format(row, "Staff calls", calls.calls())
                + String.format(row, "Staff calls answered", calls.answered())
                + String.format(row, "Staff calls unanswered", calls.unanswered())
                + String.format(row, "Staff call answer, p50", format(calls.answerP50()))
                + String.format(row, "Staff call answer, slowest", format(calls.answerMax()));
    }

    private static String format(Duration d) {
        if (d == null) {
            return "-";
        }
        long seconds = Math.round(d.toMillis() / 1000.0);
        return seconds >= 60 ? String.format("%d min %02d s", seconds / 60, seconds % 60) : seconds + " s";
    }
}
