package com.brewline.office;

import com.brewline.menu.WatchedMenuFile;
import com.brewline.model.Menu;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * A kiosk-side menu source in a process of its own: prints "menu <item>=<price>,..." at start and at
 * every new valid menu it sees, until killed.
 */
public final class MenuWatchProbe {
    private MenuWatchProbe() {
    }

    public static void main(String[] args) throws Exception {
        WatchedMenuFile source = WatchedMenuFile.start(Path.of(args[0]), Duration.ofMillis(200),
                e -> System.out.println("invalid " + e.getMessage()));
        print(source.current());
        source.subscribe(MenuWatchProbe::print);
        Thread.sleep(Long.MAX_VALUE);
    }

    private static synchronized void print(Menu menu) {
        System.out.println("menu " + menu.items().stream().map(i -> i.id() + "=" + i.price())
                .collect(Collectors.joining(",")));
        System.out.flush();
    }
}
