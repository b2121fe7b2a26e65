package com.brewline.payment.client;

import com.brewline.config.BrewlineConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

import java.time.Duration;

/**
 * Thresholds of the breaker around the provider. Defaults: a count-based window of the last 10
 * calls, judged once at least 5 were made; it opens when 50 % failed, or when 50 % took 3 s or
 * more; stays open 15 s, then half-opens by itself and lets 3 trial calls through (closes when
 * fewer than half of them fail). Declines are answers, not failures.
 */
public record BreakerSettings(int slidingWindowSize, int minimumCalls, int failureRatePercent,
                              Duration slowCallThreshold, int slowCallRatePercent, Duration openFor,
                              int halfOpenCalls) {
    public static BreakerSettings defaults() {
        return new BreakerSettings(10, 5, 50, Duration.ofSeconds(3), 50, Duration.ofSeconds(15), 3);
    }

    public static BreakerSettings from(BrewlineConfig.CircuitBreaker c) {
        return new BreakerSettings(c.slidingWindowSize(), c.minimumCalls(), c.failureRatePercent(),
                c.slowCallThreshold(), c.slowCallRatePercent(), c.openFor(), 3);
    }

    public BreakerSettings withOpenFor(Duration open) {
        return new BreakerSettings(slidingWindowSize, minimumCalls, failureRatePercent, slowCallThreshold,
                slowCallRatePercent, open, halfOpenCalls);
    }

    public BreakerSettings withWindow(int size, int minimum) {
        return new BreakerSettings(size, minimum, failureRatePercent, slowCallThreshold, slowCallRatePercent,
                openFor, halfOpenCalls);
    }

    public CircuitBreaker create(String name) {
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(slidingWindowSize)
                .minimumNumberOfCalls(minimumCalls)
                .failureRateThreshold(failureRatePercent)
                .slowCallDurationThreshold(slowCallThreshold)
                .slowCallRateThreshold(slowCallRatePercent)
                .waitDurationInOpenState(openFor)
                .permittedNumberOfCallsInHalfOpenState(halfOpenCalls)
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .build();
        CircuitBreaker breaker = CircuitBreaker.of(name, config);
        // every opening and closing is in the log: an operator sees when and why payments were refused
        breaker.getEventPublisher().onStateTransition(e -> {
            CircuitBreaker.State to = e.getStateTransition().getToState();
            if (to == CircuitBreaker.State.OPEN || to == CircuitBreaker.State.FORCED_OPEN) {
                LOG.warn("circuit '{}' {}: the payment provider is failing or slow (failure rate {} %, slow calls {} %); "
                                + "nothing is sent for {} s", name, e.getStateTransition(),
                        breaker.getMetrics().getFailureRate(), breaker.getMetrics().getSlowCallRate(), openFor.toSeconds());
            } else {
                LOG.info("circuit '{}' {}", name, e.getStateTransition());
            }
        });
        return breaker;
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BreakerSettings.class);
}
