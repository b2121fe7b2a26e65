package com.brewline.menu;

import com.brewline.model.Menu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The menu file, looked at every {@code interval} (1 s by default): polling works the same on Windows,
 * Linux and network folders, where file-watch events are missed or late. The office saves by an atomic
 * move, so a read sees the old or the new file whole. A file that does not validate is reported to
 * {@code onInvalid} and the last valid menu stays (a kiosk never loses its menu to a bad save).
 */
public final class WatchedMenuFile implements MenuSource {
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

    private final Path file;
    private final Consumer<MenuException> onInvalid;
    private final List<Consumer<Menu>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService poller;
    private volatile Menu current;
    private String lastHash;

    private WatchedMenuFile(Path file, Menu first, String firstHash, Consumer<MenuException> onInvalid) {
        this.file = file;
        this.current = first;
        this.lastHash = firstHash;
        this.onInvalid = onInvalid;
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "menu-watch " + file.getFileName());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Loads the file now (a bad file fails here, as at any start) and watches it.
     *
     * @throws MenuException when the file is not a valid menu
     */
    public static WatchedMenuFile start(Path file, Duration interval, Consumer<MenuException> onInvalid) {
        Path f = file.toAbsolutePath().normalize();
        byte[] bytes = read(f);
        Menu first = MenuLoader.load(f);
        WatchedMenuFile w = new WatchedMenuFile(f, first, MenuFiles.hash(bytes == null ? new byte[0] : bytes),
                Objects.requireNonNull(onInvalid));
        long ms = Math.max(50, interval.toMillis());
        w.poller.scheduleWithFixedDelay(w::check, ms, ms, TimeUnit.MILLISECONDS);
        return w;
    }

    @Override
    public Menu current() {
        return current;
    }

    @Override
    public AutoCloseable subscribe(Consumer<Menu> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Looks at the file once (the poller calls this; tests may too). */
    synchronized void check() {
        byte[] bytes = read(file);
        if (bytes == null) {
            return; // moved away for a moment or deleted: keep the menu we have
        }
        String hash = MenuFiles.hash(bytes);
        if (hash.equals(lastHash)) {
            return;
        }
        lastHash = hash;
        Menu menu;
        try {
            menu = MenuLoader.parse(bytes, file.toString(), new MenuFiles(file).imageResolver());
        } catch (MenuException e) {
            onInvalid.accept(e);
            return;
        }
        current = menu;
        for (Consumer<Menu> l : listeners) {
            try {
                l.accept(menu);
            } catch (RuntimeException e) {
                // one broken listener must not stop the others or the watch
                Thread.currentThread().getUncaughtExceptionHandler().uncaughtException(Thread.currentThread(), e);
            }
        }
    }

    private static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
