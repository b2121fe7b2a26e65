package com.brewline.demo;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoreProcessesTest {
    private final StoreProcesses processes = new StoreProcesses("/jdk/bin/java", "a.jar:b.jar", null,
            Path.of("/data/demo.db"), "http://127.0.0.1:41000", "SHOP_KEY", "demo_sk_secret")
            .withNotifications("http://127.0.0.1:41001", "NOTIFY_KEY", "demo_nk_secret");

    @Test
    void everyScreenSharesTheDatabaseAndTheProvider() {
        for (StoreProcesses.Screen screen : List.of(StoreProcesses.KIOSK, StoreProcesses.BARISTA, StoreProcesses.PICKUP_BOARD)) {
            List<String> command = processes.command(screen);
            assertThat(command).startsWith("/jdk/bin/java").contains(screen.mainClass());
            assertThat(String.join(" ", command)).contains("--db /data/demo.db --provider-url http://127.0.0.1:41000");
            assertThat(command).as("the sandbox is chosen explicitly, so the screens show the demo mark").contains("--demo-sandbox");
            assertThat(command).as("the demo PIN is chosen explicitly, so every PIN prompt shows it").contains("--demo-pin");
            assertThat(String.join(" ", command)).as("messages go to the demo's notification sandbox")
                    .contains("--notify-url http://127.0.0.1:41001");
        }
        assertThat(processes.command(StoreProcesses.KIOSK)).endsWith("--windowed");
    }

    @Test
    void theSecretKeyTravelsInTheEnvironmentNotOnTheCommandLine() {
        assertThat(processes.environment()).containsEntry("SHOP_KEY", "demo_sk_secret")
                .containsEntry("NOTIFY_KEY", "demo_nk_secret");
        for (StoreProcesses.Screen screen : List.of(StoreProcesses.KIOSK, StoreProcesses.BARISTA, StoreProcesses.PICKUP_BOARD)) {
            assertThat(String.join(" ", processes.command(screen))).doesNotContain("demo_sk_secret")
                    .doesNotContain("demo_nk_secret");
        }
    }

    @Test
    void theScreensMainClassesExist() throws Exception {
        for (StoreProcesses.Screen screen : List.of(StoreProcesses.KIOSK, StoreProcesses.BARISTA, StoreProcesses.PICKUP_BOARD)) {
            assertThat(Class.forName(screen.mainClass(), false, getClass().getClassLoader())).isNotNull();
        }
    }
}
