package com.brewline.config;

import com.brewline.kitchen.Pacing;
import com.brewline.kitchen.StationRouting;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The kitchen's part of brewline.json: stations, pacing, heartbeats, the kiosk's stop rule. */
class KitchenConfigTest {
    private final ConfigLoader loader = new ConfigLoader(Map.of(), Path.of("/tmp/brewline-test"));

    @Test
    void defaultsAreOneStationNoPacingAndAMinuteOfSilence() {
        BrewlineConfig config = loader.defaults();
        assertThat(config.kitchen().routing().isSingle()).isTrue();
        assertThat(config.kitchen().pacing()).isEqualTo(Pacing.off());
        assertThat(config.kitchen().heartbeatEvery()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.kitchen().silentAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.kiosk().stopWhenNoStation()).isFalse();
    }

    @Test
    void readsStationsPacingAndTheStopRule() {
        BrewlineConfig config = loader.parse("""
                {"stations": [{"id": "bar", "name": "에스프레소 바", "categories": ["coffee", "tea"]},
                              {"id": "cold", "name": "콜드 바", "categories": ["ade-smoothie"]},
                              {"id": "dessert", "categories": ["dessert"]}],
                 "pacing": {"warnMinutes": 10, "pauseMinutes": 25},
                 "heartbeat": {"everySeconds": 5, "silentAfterSeconds": 30},
                 "kiosk": {"stopWhenNoStation": true}}""", "brewline.json");
        StationRouting routing = config.kitchen().routing();
        assertThat(routing.stations()).extracting(s -> s.id()).containsExactly("bar", "cold", "dessert");
        assertThat(routing.stations().get(0).name()).isEqualTo("에스프레소 바");
        assertThat(routing.stations().get(2).name()).isEqualTo("dessert");
        assertThat(routing.stationOfCategory("tea")).isEqualTo("bar");
        assertThat(config.kitchen().pacing()).isEqualTo(new Pacing(10, 25));
        assertThat(config.kitchen().silentAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.kiosk().stopWhenNoStation()).isTrue();
    }

    @Test
    void aCategoryAtTwoStationsIsNamedWithItsLine() {
        assertThatThrownBy(() -> loader.parse("""
                {"stations": [{"id": "bar", "categories": ["coffee"]},
                              {"id": "cold", "categories": ["coffee"]}]}""", "brewline.json"))
                .hasMessageContaining("brewline.json: line 1").hasMessageContaining("'stations'")
                .hasMessageContaining("category 'coffee' is given to both station 'bar' and station 'cold'");
    }

    @Test
    void badStationFieldsAreNamed() {
        assertThatThrownBy(() -> loader.parse("{\"stations\": [{\"id\": \"bar\", \"colour\": 1}]}", "c.json"))
                .hasMessageContaining("'stations[0].colour' unknown field");
        assertThatThrownBy(() -> loader.parse("{\"stations\": [{\"id\": \"a b\"}]}", "c.json"))
                .hasMessageContaining("'stations[0].id'");
        assertThatThrownBy(() -> loader.parse("{\"stations\": [{\"id\": \"a\", \"categories\": [1]}]}", "c.json"))
                .hasMessageContaining("'stations[0].categories[0]'");
        assertThatThrownBy(() -> loader.parse("{\"stations\": {\"id\": \"a\"}}", "c.json"))
                .hasMessageContaining("'stations' must be a list");
    }

    @Test
    void thePauseLimitMustBeAboveTheWarningAndSilenceLongerThanThreeBeats() {
        assertThatThrownBy(() -> loader.parse("{\"pacing\": {\"warnMinutes\": 20, \"pauseMinutes\": 10}}", "c.json"))
                .hasMessageContaining("'pacing.pauseMinutes' must be greater than warnMinutes (20)");
        assertThatThrownBy(() -> loader.parse("{\"pacing\": {\"warnMinutes\": 999}}", "c.json"))
                .hasMessageContaining("'pacing.warnMinutes' must be between 0 and 240");
        assertThatThrownBy(() -> loader.parse("{\"heartbeat\": {\"everySeconds\": 10, \"silentAfterSeconds\": 20}}", "c.json"))
                .hasMessageContaining("'heartbeat.silentAfterSeconds' must be at least three heartbeats");
        assertThat(List.of(new Pacing(10, 0).level(Duration.ofMinutes(60)), new Pacing(0, 0).level(Duration.ofHours(3))))
                .containsExactly(Pacing.Level.SHOW_WAIT, Pacing.Level.NORMAL);
    }
}
