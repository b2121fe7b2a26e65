package com.brewline.slip;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * Sends a slip's bytes to its target, every wait bounded. A network printer is first asked for its paper
 * and cover (DLE EOT 4 and 2, ESC/POS real-time status); one that does not answer in time is printed to
 * anyway (many do not answer), one that says it has no paper or its cover is open is not.
 */
final class PrinterConnection {
    private static final byte DLE = 0x10;
    private static final byte EOT = 0x04;
    private final Duration connectTimeout;
    private final Duration statusTimeout;

    PrinterConnection(Duration connectTimeout, Duration statusTimeout) {
        this.connectTimeout = connectTimeout;
        this.statusTimeout = statusTimeout;
    }

    void send(PrinterTarget target, byte[] slip) throws PrinterException {
        if (target instanceof PrinterTarget.Network network) {
            sendOverNetwork(network, slip);
        } else if (target instanceof PrinterTarget.Device device) {
            sendToDevice(device, slip);
        }
    }

    private void sendOverNetwork(PrinterTarget.Network target, byte[] slip) throws PrinterException {
        try (Socket socket = new Socket()) {
            try {
                socket.connect(new InetSocketAddress(target.host(), target.port()), (int) connectTimeout.toMillis());
            } catch (IOException e) {
                throw new PrinterException(PrinterException.Problem.UNREACHABLE, "the receipt printer at " + target
                        + " does not answer (" + e.getMessage() + ")", e);
            }
            socket.setSoTimeout((int) statusTimeout.toMillis());
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            Integer paper = status(out, in, 4);
            if (paper != null && (paper & 0x60) != 0) {
                throw new PrinterException(PrinterException.Problem.OUT_OF_PAPER, "the receipt printer at " + target
                        + " is out of paper", null);
            }
            Integer offline = paper == null ? null : status(out, in, 2);
            if (offline != null && (offline & 0x04) != 0) {
                throw new PrinterException(PrinterException.Problem.COVER_OPEN, "the cover of the receipt printer at "
                        + target + " is open", null);
            }
            out.write(slip);
            out.flush();
            socket.shutdownOutput();
        } catch (IOException e) {
            throw new PrinterException(PrinterException.Problem.WRITE_FAILED, "the slip could not be sent to " + target
                    + " (" + e.getMessage() + ")", e);
        }
    }

    /** One real-time status byte, or null when the printer says nothing in time. */
    private static Integer status(OutputStream out, InputStream in, int which) throws IOException {
        out.write(new byte[]{DLE, EOT, (byte) which});
        out.flush();
        try {
            int b = in.read();
            return b < 0 ? null : b;
        } catch (SocketTimeoutException e) {
            return null;
        }
    }

    private static void sendToDevice(PrinterTarget.Device target, byte[] slip) throws PrinterException {
        boolean device = target.path().startsWith("/dev") || target.path().toString().startsWith("\\\\");
        try {
            if (device) {
                // a device exists or the printer is unplugged: never create a plain file in its place
                if (!Files.exists(target.path())) {
                    throw new PrinterException(PrinterException.Problem.UNREACHABLE, "the receipt printer " + target
                            + " is not connected", null);
                }
                Files.write(target.path(), slip, StandardOpenOption.WRITE);
            } else {
                Files.write(target.path(), slip, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new PrinterException(PrinterException.Problem.WRITE_FAILED, "the slip could not be written to " + target
                    + " (" + e.getMessage() + ")", e);
        }
    }
}
