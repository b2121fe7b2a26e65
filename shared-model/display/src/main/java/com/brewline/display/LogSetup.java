package com.brewline.display;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.spi.FilterReply;
import ch.qos.logback.core.util.FileSize;
import org.slf4j.Logger;
import org.slf4j.Marker;

/**
 * Every Brewline process's logging, set up in code (found by Logback through {@code META-INF/services}):
 * warnings to the console, everything from INFO of {@code com.brewline} to a rolling file in the data folder
 * (the launchers set {@code brewline.logDir} and {@code brewline.process} before the first log line).
 * In code rather than a {@code logback.xml}: Logback's XML reader and model cost every start about 90 ms of
 * CPU of its 310 ms set-up, and 370-410 classes (measured, ADR 0014).
 * A {@code -Dlogback.configurationFile} (e.g. to see {@link StartupTimeline} at debug level) or a
 * {@code logback-test.xml} on the class path (the tests) is used instead; {@code -Dbrewline.log=shipped}
 * keeps this one even then.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    /** Lines marked so are said on stderr by the caller in one line: the console leaves them out (ScreenLaunch). */
    public static final String SAID_ON_STDERR = "SAID_ON_STDERR";
    static final String CONSOLE_PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{30} - %msg%n";
    static final String FILE_PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        boolean shipped = "shipped".equals(System.getProperty("brewline.log"));
        if (!shipped && (System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null)) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        String folder = System.getProperty("brewline.logDir", System.getProperty("user.home") + "/.local/share/brewline/logs");
        String process = System.getProperty("brewline.process", "brewline");

        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        ThresholdFilter warnings = new ThresholdFilter();
        warnings.setLevel(Level.WARN.levelStr);
        warnings.start();
        console.addFilter(warnings);
        Filter<ILoggingEvent> notSaidTwice = new Filter<>() {
            @Override
            public FilterReply decide(ILoggingEvent event) {
                if (event.getMarkerList() != null) {
                    for (Marker marker : event.getMarkerList()) {
                        if (marker.contains(SAID_ON_STDERR)) {
                            return FilterReply.DENY;
                        }
                    }
                }
                return FilterReply.NEUTRAL;
            }
        };
        notSaidTwice.start();
        console.addFilter(notSaidTwice);
        console.setEncoder(encoder(context, CONSOLE_PATTERN));
        console.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder + "/" + process + ".log");
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder + "/" + process + "-%d{yyyy-MM-dd}.%i.log.gz");
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(30);
        rolling.setTotalSizeCap(FileSize.valueOf("500MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.setEncoder(encoder(context, FILE_PATTERN));
        file.start();

        context.getLogger("com.brewline").setLevel(Level.INFO);
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(console);
        root.addAppender(file);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
