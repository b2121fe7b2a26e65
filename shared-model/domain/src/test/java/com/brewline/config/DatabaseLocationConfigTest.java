package com.brewline.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code database} and {@code --db}: a SQLite file, or a PostgreSQL URL whose password never sits in it. */
class DatabaseLocationConfigTest {
    private final Path dataDir = Path.of("/tmp/brewline-config-test");
    private final ConfigLoader loader = new ConfigLoader(Map.of(), dataDir);

    @Test
    void aFileIsTheSqliteStoreInTheDataFolder() {
        BrewlineConfig config = loader.parse("{\"database\": \"shop.db\"}", "brewline.json");
        assertThat(config.databaseUrl()).isNull();
        assertThat(config.storeLocation()).isEqualTo(dataDir.resolve("shop.db").toString());
    }

    @Test
    void aUrlIsAPostgresServerWithItsPasswordFileBesideIt() {
        BrewlineConfig plain = loader.parse("{\"database\": \"postgresql://brewline@counter-pc:5432/brewline\"}", "b.json");
        assertThat(plain.storeLocation()).isEqualTo("postgresql://brewline@counter-pc:5432/brewline");
        assertThat(plain.database()).isNull();

        BrewlineConfig withFile = loader.parse("""
                {"database": {"url": "postgresql://brewline@10.0.0.5/brewline", "passwordFile": "db-password"}}""", "b.json");
        assertThat(withFile.storeLocation()).isEqualTo("postgresql://brewline@10.0.0.5/brewline");
        assertThat(withFile.databasePasswordFile()).isEqualTo(dataDir.resolve("db-password"));
    }

    @Test
    void aPasswordInTheUrlOrAnotherSchemeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> loader.parse("{\"database\": \"postgresql://brewline:secret@pc/brewline\"}", "b.json"))
                .hasMessageContaining("b.json").hasMessageContaining("'database'").hasMessageContaining("password");
        assertThatThrownBy(() -> loader.parse("{\"database\": {\"url\": \"postgresql://u@pc/db?password=x\"}}", "b.json"))
                .hasMessageContaining("database.url").hasMessageContaining("password");
        assertThatThrownBy(() -> loader.parse("{\"database\": \"mysql://pc/db\"}", "b.json"))
                .hasMessageContaining("postgresql://");
        assertThatThrownBy(() -> loader.parse("{\"database\": {\"url\": \"shop.db\", \"passwordFile\": \"p\"}}", "b.json"))
                .hasMessageContaining("passwordFile");
    }

    @Test
    void dbOnTheCommandLineTakesAUrlButNeverItsPassword() {
        LaunchArgs args = LaunchArgs.of(null, "postgresql://brewline@pc:5432/brewline", null, null, null, false);
        assertThat(args.databaseUrl()).isEqualTo("postgresql://brewline@pc:5432/brewline");
        assertThat(args.database()).isNull();
        assertThatThrownBy(() -> LaunchArgs.of(null, "postgresql://brewline:hunter2@pc/brewline", null, null, null, false))
                .hasMessageContaining("password");
        assertThat(LaunchArgs.of(null, "/tmp/x.db", null, null, null, false).database()).isEqualTo(Path.of("/tmp/x.db"));
    }
}
