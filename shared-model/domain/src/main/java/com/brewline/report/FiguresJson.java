package com.brewline.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;

/** {@link PeriodFigures} as JSON (money in won, times in milliseconds): what {@code brewline report --from --json} prints. */
public final class FiguresJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FiguresJson() {
    }

    public static String write(PeriodFigures f, PeriodFigures comparison) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("period", figures(f));
        if (comparison != null) {
            root.set("comparison", figures(comparison));
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("figures cannot be written as JSON", e);
        }
    }

    static ObjectNode figures(PeriodFigures f) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("kind", f.period().kind().name());
        n.put("from", f.period().from().toString());
        n.put("to", f.period().toInclusive().toString());
        n.put("ordersPaid", f.ordersPaid());
        n.put("ordersReady", f.ordersReady());
        n.put("grossSales", f.grossSales());
        n.put("refunded", f.refunded());
        n.put("netSales", f.netSales());
        n.put("cancelled", f.cancelled());
        n.put("rejected", f.rejected());
        f.cancelReasons().forEach(n.putObject("cancelReasons")::put);
        f.rejectReasons().forEach(n.putObject("rejectReasons")::put);
        n.put("refunds", f.refunds());
        n.put("refundsPending", f.refundsPending());
        n.put("lateOrders", f.lateOrders());
        addStaffCalls(n, f.staffCalls());
        ArrayNode hours = n.putArray("hours");
        for (PeriodFigures.HourFigures h : f.hours()) {
            ObjectNode o = hours.addObject();
            o.put("hour", h.hour());
            o.put("orders", h.orders());
            o.put("netSales", h.netSales());
            o.put("averageWaitMillis", millis(h.averageWait()));
        }
        ArrayNode items = n.putArray("prepByItem");
        for (PeriodFigures.ItemPrep p : f.prepByItem()) {
            ObjectNode o = items.addObject();
            o.put("itemId", p.itemId());
            o.put("name", p.nameKo());
            o.put("samples", p.samples());
            o.put("p50Millis", millis(p.p50()));
            o.put("p90Millis", millis(p.p90()));
        }
        return n;
    }

    /** The staff calls as both reports print them: counts, and answer times in milliseconds (null: none answered). */
    public static void addStaffCalls(ObjectNode parent, StaffCallFigures calls) {
        ObjectNode n = parent.putObject("staffCalls");
        n.put("calls", calls.calls());
        n.put("answered", calls.answered());
        n.put("unanswered", calls.unanswered());
        if (calls.answerP50() == null) {
            n.putNull("answerP50Millis");
            n.putNull("answerMaxMillis");
        } else {
            n.put("answerP50Millis", calls.answerP50().toMillis());
            n.put("answerMaxMillis", calls.answerMax().toMillis());
        }
    }

    private static long millis(Duration d) {
        return d.toMillis();
    }
}
