package com.brewline.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Children for {@link ChildJvmTest}: one per way of being asked to stop, and one that ignores every way. */
final class StoppableChildren {
    private StoppableChildren() {
    }

    /** Ends when its stop file (the first argument) appears. */
    static final class WatchesFile {
        public static void main(String[] args) throws InterruptedException {
            Path stop = Path.of(args[0]);
            System.out.println("ready");
            while (!Files.exists(stop)) {
                Thread.sleep(20);
            }
            System.out.println("stopped by its file");
        }
    }

    /** Says each line it reads back; ends when its standard input ends. */
    static final class ReadsStdin {
        public static void main(String[] args) throws IOException {
            System.out.println("ready");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                System.out.println("read " + line);
            }
            System.out.println("stopped by the end of its input");
        }
    }

    /** Never ends by itself: only the kill after the grace ends it. */
    static final class Stubborn {
        public static void main(String[] args) throws InterruptedException {
            System.out.println("ready");
            Thread.currentThread().join();
        }
    }
}
