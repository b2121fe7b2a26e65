package com.brewline.barista.station.allday;

import com.brewline.model.ChosenOption;
import com.brewline.model.Order;
import com.brewline.model.OrderLine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The all-day counts: how many of each item are still to make across every open ticket (lines not
 * yet checked off), hot and iced apart, with the changed options counted inside ("ICED 카페라떼 ×7,
 * of which oat milk ×2"), so a barista can batch. Most first.
 */
public final class AllDayCounts {
    /** The option group that splits an item into two drinks to make (hot, iced). */
    static final String TEMPERATURE = "temperature";

    private AllDayCounts() {
    }

    /** One drink to make, e.g. ICED 카페라떼 ×7, and the changed options among them. */
    public record Row(String temperature, String item, int count, List<Variant> variants) {
    }

    /** A changed option and on how many of the row's drinks. */
    public record Variant(String option, int count) {
    }

    /** The lines of an order that this station makes (indexes into its lines). */
    public record Work(Order order, List<Integer> lines) {
    }

    /**
     * Every line of every order (a shop with one station).
     *
     * @param isDefault the menu's preselected choices, which are not worth counting
     */
    public static List<Row> of(List<Order> open, Predicate<ChosenOption> isDefault, boolean korean) {
        return ofWork(open.stream().map(o -> new Work(o, java.util.stream.IntStream.range(0, o.lines().size())
                .boxed().toList())).toList(), isDefault, korean);
    }

    /** Only the lines each order has for this station (issue 12: a station counts its own items). */
    public static List<Row> ofWork(List<Work> open, Predicate<ChosenOption> isDefault, boolean korean) {
        Map<String, Acc> rows = new LinkedHashMap<>();
        for (Work w : open) {
            Order o = w.order();
            for (int i : w.lines()) {
                if (o.linesDone().get(i)) {
                    continue;
                }
                OrderLine line = o.lines().get(i);
                String temperature = line.options().stream().filter(c -> TEMPERATURE.equals(c.groupId()))
                        .map(c -> c.name(korean)).findFirst().orElse("");
                Acc acc = rows.computeIfAbsent(line.itemId() + "|" + temperature,
                        k -> new Acc(temperature, line.name(korean)));
                acc.count += line.quantity();
                for (ChosenOption c : line.options()) {
                    if (!TEMPERATURE.equals(c.groupId()) && !isDefault.test(c)) {
                        acc.variants.merge(c.name(korean), line.quantity(), Integer::sum);
                    }
                }
            }
        }
        List<Row> result = new ArrayList<>();
        for (Acc a : rows.values()) {
            List<Variant> variants = a.variants.entrySet().stream().map(e -> new Variant(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparingInt(Variant::count).reversed().thenComparing(Variant::option)).toList();
            result.add(new Row(a.temperature, a.item, a.count, variants));
        }
        result.sort(Comparator.comparingInt(Row::count).reversed().thenComparing(Row::item).thenComparing(Row::temperature));
        return result;
    }

    private static final class Acc {
        final String temperature;
        final String item;
        int count;
        final Map<String, Integer> variants = new LinkedHashMap<>();

        Acc(String temperature, String item) {
            this.temperature = temperature;
            this.item = item;
        }
    }
}
