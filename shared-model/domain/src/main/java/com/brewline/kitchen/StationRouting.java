package com.brewline.kitchen;

import com.brewline.model.Order;
import com.brewline.model.OrderLine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which station makes which line. Each category belongs to at most one station; a line whose category
 * no station lists (or a line without a category) goes to the first station, so nothing paid is ever
 * left without a station. With no stations configured there is one station and every line is its.
 */
public final class StationRouting {
    /** The one station of a shop that configured none: today's single barista queue. */
    public static final String SINGLE_STATION_ID = "station";

    private final List<Station> stations;
    private final Map<String, String> stationByCategory = new HashMap<>();

    private StationRouting(List<Station> stations) {
        if (stations.isEmpty()) {
            throw new IllegalArgumentException("routing needs at least one station");
        }
        this.stations = List.copyOf(stations);
        Set<String> ids = new LinkedHashSet<>();
        for (Station station : stations) {
            if (!ids.add(station.id())) {
                throw new IllegalArgumentException("station id '" + station.id() + "' is used twice");
            }
            for (String category : station.categoryIds()) {
                String before = stationByCategory.putIfAbsent(category, station.id());
                if (before != null) {
                    throw new IllegalArgumentException("category '" + category + "' is given to both station '"
                            + before + "' and station '" + station.id() + "'");
                }
            }
        }
    }

    public static StationRouting of(List<Station> stations) {
        return stations == null || stations.isEmpty() ? single() : new StationRouting(stations);
    }

    public static StationRouting single() {
        return new StationRouting(List.of(new Station(SINGLE_STATION_ID, "Barista", List.of())));
    }

    public List<Station> stations() {
        return stations;
    }

    public boolean isSingle() {
        return stations.size() == 1;
    }

    public Optional<Station> station(String id) {
        return stations.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** @throws IllegalArgumentException naming the known stations when {@code id} is none of them */
    public Station require(String id) {
        return station(id).orElseThrow(() -> new IllegalArgumentException("no station '" + id + "' (known: "
                + stations.stream().map(Station::id).toList() + ")"));
    }

    public String stationOf(OrderLine line) {
        return stationOfCategory(line.categoryId());
    }

    public String stationOfCategory(String categoryId) {
        String id = categoryId == null ? null : stationByCategory.get(categoryId);
        return id != null ? id : stations.get(0).id();
    }

    /** The stations that have a part in this order, in the configuration's order. */
    public List<String> stationsOf(Order order) {
        return stationsOfLines(order.lines());
    }

    public List<String> stationsOfLines(List<OrderLine> lines) {
        Set<String> used = new LinkedHashSet<>();
        lines.forEach(line -> used.add(stationOf(line)));
        return stations.stream().map(Station::id).filter(used::contains).toList();
    }

    /** The indexes of the order's lines that {@code stationId} makes. */
    public List<Integer> lineIndexes(Order order, String stationId) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            if (stationOf(order.lines().get(i)).equals(stationId)) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    /** How long the station's part should take: its lines' prep times, one after another. */
    public int partTargetSeconds(Order order, String stationId) {
        return order.lines().stream().filter(l -> stationOf(l).equals(stationId))
                .mapToInt(l -> l.prepSeconds() * l.quantity()).sum();
    }

    /**
     * A part's state when the store holds no row for it: an order already ready (or collected) was bumped
     * whole; with a single station the order's own status is its one part's state; otherwise nobody has
     * claimed it yet.
     */
    public PartState impliedState(Order order) {
        return switch (order.status()) {
            case READY, PICKED_UP -> PartState.BUMPED;
            case IN_PREPARATION -> isSingle() ? PartState.IN_PREPARATION : PartState.WAITING;
            default -> PartState.WAITING;
        };
    }

    /**
     * The domain's rule for an order made at several stations: it is ready when every station with a
     * part in it has bumped that part.
     */
    public boolean isReady(Order order, Map<String, PartState> parts) {
        return stationsOf(order).stream().allMatch(id -> parts.getOrDefault(id, PartState.WAITING) == PartState.BUMPED);
    }
}
