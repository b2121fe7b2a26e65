package com.brewline.sandbox.http;

import com.brewline.sandbox.http.JsonExchange.Answer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a sandbox provider is apart from its contract: started on a loopback port and stopped, its base URL, the
 * count of API requests, and every exchange closed, a failure inside answered 500 in the contract's error shape.
 */
public abstract class HttpSandbox implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HttpSandbox.class);

    protected final ObjectMapper json = new ObjectMapper();
    private final String name;
    private final String threadPrefix;
    private final String internalErrorCode;
    private final AtomicLong apiRequests = new AtomicLong();
    private LoopbackServer server;
    private volatile String baseUrl;

    /**
     * @param name              as messages call it ("sandbox", "notification sandbox")
     * @param threadPrefix      its HTTP threads' names
     * @param internalErrorCode the contract's code for "failed inside, nothing done"
     */
    protected HttpSandbox(String name, String threadPrefix, String internalErrorCode) {
        this.name = name;
        this.threadPrefix = threadPrefix;
        this.internalErrorCode = internalErrorCode;
    }

    /** Binds 127.0.0.1:{@code port} (0: any free port) and serves. @return the bound port */
    public final synchronized int start(int port) {
        if (server != null) {
            throw new IllegalStateException("the " + name + " is already running at " + baseUrl);
        }
        beforeStart();
        try {
            server = LoopbackServer.start(port, threadPrefix, this::handle);
        } catch (RuntimeException e) {
            afterStop();
            throw e;
        }
        baseUrl = server.baseUrl();
        started();
        return server.port();
    }

    public final synchronized void stop() {
        if (server == null) {
            return;
        }
        server.close();
        afterStop();
        server = null;
    }

    @Override
    public final void close() {
        stop();
    }

    public final String baseUrl() {
        return baseUrl;
    }

    /** API requests received so far (including refused ones). */
    public final long apiRequestCount() {
        return apiRequests.get();
    }

    /** Counts one API request (every one, also those refused). */
    protected final void countApiRequest() {
        apiRequests.incrementAndGet();
    }

    /**
     * The first steps of every API request, in the contracts' order: during an outage it fails (half answered 503
     * with {@code outageCode}, half dropped unanswered); without the key it is refused with {@code unauthorized}.
     *
     * @return true when the request was answered (or dropped) here
     */
    protected final boolean refusedUpFront(HttpExchange exchange, boolean outage, String outageCode,
                                           String authorization, Answer unauthorized) throws IOException {
        if (outage) {
            if (ThreadLocalRandom.current().nextBoolean()) {
                send(exchange, new Answer(503, JsonExchange.error(outageCode, "sandbox outage")));
            }
            return true; // otherwise closing the exchange unanswered drops the connection
        }
        if (!JsonExchange.authorized(exchange, authorization)) {
            send(exchange, unauthorized);
            return true;
        }
        return false;
    }

    /** Before the server binds (threads of its own to make). */
    protected void beforeStart() {
    }

    /** Serving at {@link #baseUrl()} (to say so in the log). */
    protected void started() {
    }

    /** After the server stopped, or failed to start. */
    protected void afterStop() {
    }

    /** Answers one exchange by its path; closing it unanswered drops the connection. */
    protected abstract void route(HttpExchange exchange, String path) throws IOException;

    protected final void send(HttpExchange exchange, Answer answer) throws IOException {
        JsonExchange.send(json, exchange, answer);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            route(exchange, exchange.getRequestURI().getPath());
        } catch (RuntimeException e) {
            log.warn("{} failed on {} {}", name, exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
            try {
                send(exchange, new Answer(500, JsonExchange.error(internalErrorCode, e.toString())));
            } catch (IOException | RuntimeException ignored) {
                // the connection is gone; nothing more to say
            }
        }
    }
}
