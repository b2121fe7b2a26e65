package com.brewline.cli;

import com.brewline.kitchen.Pacing;
import com.brewline.kitchen.Station;
import com.brewline.kitchen.StationRouting;
import com.brewline.model.Category;
import com.brewline.model.Menu;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** The kitchen's options of {@code simulate} (and its kiosk workers): stations and pacing. */
final class KitchenOptions {
    @Option(names = "--stations", defaultValue = "0", paramLabel = "N",
            description = "Stations (1..8) sharing the menu's categories in turn (S1 the first category, S2 the "
                    + "second, ...); each runs --baristas baristas and claims only its part of an order. "
                    + "0: one queue for everything, as a shop without stations. Default: ${DEFAULT-VALUE}.")
    int stations;

    @Option(names = "--pace-warn", defaultValue = "0", paramLabel = "MINUTES",
            description = "Pacing: past this estimated wait (preparation minutes) a kiosk shows the wait. 0: off.")
    int paceWarnMinutes;

    @Option(names = "--pace-pause", defaultValue = "0", paramLabel = "MINUTES",
            description = "Pacing: past this estimated wait kiosks pause new orders until it falls. 0: off.")
    int pacePauseMinutes;

    boolean hasStations() {
        return stations > 0;
    }

    boolean paces() {
        return pacePauseMinutes > 0 || paceWarnMinutes > 0;
    }

    /** @throws IllegalArgumentException with the option's name when out of bounds */
    void validate() {
        if (stations < 0 || stations > 8) {
            throw new IllegalArgumentException("--stations must be 0..8, was " + stations);
        }
        try {
            pacing();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--pace-warn/--pace-pause: " + e.getMessage());
        }
    }

    Pacing pacing() {
        return new Pacing(paceWarnMinutes, pacePauseMinutes);
    }

    /** The menu's categories dealt to the stations in turn; with no stations, the single queue. */
    StationRouting routing(Menu menu) {
        if (stations == 0) {
            return StationRouting.single();
        }
        List<List<String>> categories = new ArrayList<>();
        for (int i = 0; i < stations; i++) {
            categories.add(new ArrayList<>());
        }
        List<Category> all = menu.categories();
        for (int i = 0; i < all.size(); i++) {
            categories.get(i % stations).add(all.get(i).id());
        }
        List<Station> list = new ArrayList<>();
        for (int i = 0; i < stations; i++) {
            list.add(new Station("S" + (i + 1), "S" + (i + 1), categories.get(i)));
        }
        return StationRouting.of(list);
    }

    List<String> forwardedArgs() {
        return List.of("--stations", Integer.toString(stations), "--pace-warn", Integer.toString(paceWarnMinutes),
                "--pace-pause", Integer.toString(pacePauseMinutes));
    }
}
