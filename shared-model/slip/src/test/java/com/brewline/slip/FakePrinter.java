package com.brewline.slip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A network receipt printer on 127.0.0.1: answers the real-time status requests (DLE EOT n) as an Epson
 * does, with paper or without, and keeps every byte of each job for the test to decode.
 */
final class FakePrinter implements AutoCloseable {
    private final ServerSocket server;
    private final Thread thread;
    private final LinkedBlockingQueue<byte[]> jobs = new LinkedBlockingQueue<>();
    volatile boolean outOfPaper;
    volatile boolean silent;

    FakePrinter() throws IOException {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "fake-printer");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** The next job's bytes (status requests included), or null after the wait. */
    byte[] nextJob(long millis) throws InterruptedException {
        return jobs.poll(millis, TimeUnit.MILLISECONDS);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                InputStream in = s.getInputStream();
                OutputStream out = s.getOutputStream();
                ByteArrayOutputStream job = new ByteArrayOutputStream();
                int prev2 = -1;
                int prev1 = -1;
                int c;
                while ((c = in.read()) >= 0) {
                    job.write(c);
                    if (prev2 == 0x10 && prev1 == 0x04 && !silent) {
                        out.write(c == 4 ? (outOfPaper ? 0x72 : 0x12) : c == 2 ? (outOfPaper ? 0x32 : 0x12) : 0x16);
                        out.flush();
                    }
                    prev2 = prev1;
                    prev1 = c;
                }
                jobs.add(job.toByteArray());
            } catch (IOException e) {
                // closed: the test is over
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
