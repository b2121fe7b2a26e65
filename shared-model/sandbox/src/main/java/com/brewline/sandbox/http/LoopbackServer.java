package com.brewline.sandbox.http;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sandboxes' HTTP server: the JDK's server on 127.0.0.1 only (never another interface), one handler for every
 * path, daemon worker threads, stopped at once.
 */
public final class LoopbackServer implements AutoCloseable {
    static {
        // The JDK server writes headers and body separately: without TCP_NODELAY, Nagle's algorithm and the
        // client's delayed ACK add ~40 ms to every answer. Read once, when the first server is made.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final String baseUrl;

    private LoopbackServer(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
        this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Binds 127.0.0.1:{@code port} (0: any free port) and serves every path with {@code handler} on daemon threads
     * named {@code threadPrefix-N}.
     */
    public static LoopbackServer start(int port, String threadPrefix, HttpHandler handler) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService workers = Executors.newCachedThreadPool(r -> daemon(r, threadPrefix + "-" + n.incrementAndGet()));
        server.setExecutor(workers);
        server.createContext("/", handler);
        startDispatcherAsDaemon(server);
        return new LoopbackServer(server, workers);
    }

    /**
     * The JDK's HTTP server makes its dispatcher thread inherit the daemon flag of the thread that starts it:
     * started from a daemon thread, an embedded sandbox never keeps a failed kiosk's JVM alive (a standalone
     * sandbox waits for its own stop).
     */
    private static void startDispatcherAsDaemon(HttpServer server) {
        Thread starter = daemon(server::start, "sandbox-start");
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the sandbox", e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:port} */
    public String baseUrl() {
        return baseUrl;
    }

    /** Stops at once: open exchanges are cut, the workers interrupted. */
    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    public static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
