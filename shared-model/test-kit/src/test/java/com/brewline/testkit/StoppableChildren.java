package com.brewline.testkit;

import java.io.IOException;
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

    /** Ends when its standard input ends. */
    static final class ReadsStdin {
        public static void main(String[] args) throws IOException {
            System.out.println("ready");
            System.in.readAllBytes();
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
