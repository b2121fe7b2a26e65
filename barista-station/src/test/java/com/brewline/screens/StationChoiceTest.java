package com.brewline.screens;

import com.brewline.kitchen.Station;
import com.brewline.kitchen.StationRouting;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A station screen works at a configured station, or does not start (issue 12). */
class StationChoiceTest {
    private static final StationRouting TWO = StationRouting.of(List.of(
            new Station("bar", "에스프레소 바", List.of("coffee")), new Station("cold", "콜드 바", List.of("ade-smoothie"))));

    @Test
    void anyNameWorksAtAShopWithOneStation() {
        assertThatCode(() -> DisplayContexts.requireConfiguredStation(StationRouting.single(), "station-1"))
                .doesNotThrowAnyException();
    }

    @Test
    void aConfiguredStationIsAccepted() {
        assertThatCode(() -> DisplayContexts.requireConfiguredStation(TWO, "cold")).doesNotThrowAnyException();
    }

    @Test
    void aNameNoStationHasIsRefusedNamingTheStations() {
        assertThatThrownBy(() -> DisplayContexts.requireConfiguredStation(TWO, "station-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'station-1'").hasMessageContaining("[bar, cold]").hasMessageContaining("--station");
    }
}
