package com.brewline.display;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.MarkerFactory;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LogSetupTest {
    @TempDir
    Path logs;
    private final LoggerContext context = new LoggerContext();

    @org.junit.jupiter.api.BeforeEach
    void asSlf4jWouldSetItUp() {
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
    }

    @AfterEach
    void clear() {
        context.stop();
        System.clearProperty("brewline.logDir");
        System.clearProperty("brewline.process");
        System.clearProperty("brewline.log");
    }

    @Test
    void infoOfBrewlineGoesToTheProcessFileWarningsAlsoToTheConsoleButNotWhatWasSaidOnStderr() throws Exception {
        System.setProperty("brewline.logDir", logs.toString());
        System.setProperty("brewline.process", "kiosk");
        System.setProperty("brewline.log", "shipped");
        assertThat(new LogSetup().configure(context)).isEqualTo(ch.qos.logback.classic.spi.Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        context.getLogger("com.brewline.kiosk.Thing").info("store open");
        context.getLogger("org.other.Library").info("chatter");
        assertThat(Files.readString(logs.resolve("kiosk.log"))).contains("INFO  [main] com.brewline.kiosk.Thing - store open")
                .doesNotContain("chatter");
        assertThat(context.getLogger("org.other.Library").getEffectiveLevel()).isEqualTo(Level.WARN);

        Appender<ILoggingEvent> console = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE");
        assertThat(console.getFilterChainDecision(event(Level.INFO, null))).isEqualTo(FilterReply.DENY);
        assertThat(console.getFilterChainDecision(event(Level.WARN, null))).isEqualTo(FilterReply.NEUTRAL);
        assertThat(console.getFilterChainDecision(event(Level.ERROR, LogSetup.SAID_ON_STDERR))).isEqualTo(FilterReply.DENY);
    }

    @Test
    void aConfigurationFileOrTheTestsOwnIsLeftToLogback() {
        System.setProperty("brewline.logDir", logs.toString());
        System.setProperty("logback.configurationFile", "elsewhere.xml");
        try {
            assertThat(new LogSetup().configure(context)).isEqualTo(ch.qos.logback.classic.spi.Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        } finally {
            System.clearProperty("logback.configurationFile");
        }
    }

    private LoggingEvent event(Level level, String marker) {
        LoggingEvent event = new LoggingEvent("x", context.getLogger("com.brewline.X"), level, "m", null, null);
        if (marker != null) {
            event.addMarker(MarkerFactory.getMarker(marker));
        }
        return event;
    }
}
