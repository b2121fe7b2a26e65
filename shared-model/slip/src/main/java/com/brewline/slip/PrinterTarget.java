package com.brewline.slip;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where slips go, from the configuration's {@code printer.target}: {@code none} (or unset), a network
 * receipt printer {@code tcp://HOST[:PORT]} (port 9100 by default), or a device or file path
 * ({@code /dev/usb/lp0} for a USB printer on Linux, {@code \\PC\Receipt} for a shared printer on Windows,
 * any file to keep the bytes).
 */
public sealed interface PrinterTarget {
    record None() implements PrinterTarget {
        @Override
        public String toString() {
            return "none";
        }
    }

    record Network(String host, int port) implements PrinterTarget {
        public Network {
            if (host == null || host.isBlank() || host.length() > 253) {
                throw new IllegalArgumentException("printer.target: the printer's host name is missing or too long");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("printer.target: port must be 1..65535, was " + port);
            }
        }

        @Override
        public String toString() {
            return "tcp://" + host + ":" + port;
        }
    }

    record Device(Path path) implements PrinterTarget {
        @Override
        public String toString() {
            return path.toString();
        }
    }

    /** @throws IllegalArgumentException naming what is wrong with the text */
    static PrinterTarget parse(String text) {
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("none")) {
            return new None();
        }
        String t = text.trim();
        if (t.toLowerCase(Locale.ROOT).startsWith("tcp://")) {
            String hostPort = t.substring(6);
            if (hostPort.endsWith("/")) {
                hostPort = hostPort.substring(0, hostPort.length() - 1);
            }
            int colon = hostPort.lastIndexOf(':');
            if (colon < 0 || hostPort.startsWith("[") && hostPort.endsWith("]")) {
                return new Network(hostPort, 9100);
            }
            try {
                return new Network(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("printer.target: '" + t + "' has no number after the colon "
                        + "(expected tcp://HOST:PORT)");
            }
        }
        if (t.toLowerCase(Locale.ROOT).startsWith("file:")) {
            t = t.substring(5);
        }
        try {
            return new Device(Path.of(t));
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException("printer.target: '" + t + "' is not a path: " + e.getReason());
        }
    }
}
