package com.brewline.menu;

import com.brewline.model.Menu;

import java.util.function.Consumer;

/**
 * Where a screen gets its menu and hears of a new one. A kiosk applies a new menu between customers (a
 * cart keeps its frozen lines meanwhile); see {@link WatchedMenuFile} for the menu file saved by the office.
 */
public interface MenuSource extends AutoCloseable {
    /** The latest valid menu. */
    Menu current();

    /**
     * {@code listener} gets every new valid menu, on a background thread (hand it to the FX thread
     * yourself). Close the returned handle to stop.
     */
    AutoCloseable subscribe(Consumer<Menu> listener);

    @Override
    void close();

    /** A menu that never changes (the bundled menu, tests). */
    static MenuSource fixed(Menu menu) {
        return new MenuSource() {
            @Override
            public Menu current() {
                return menu;
            }

            @Override
            public AutoCloseable subscribe(Consumer<Menu> listener) {
                return () -> { };
            }

            @Override
            public void close() {
            }
        };
    }
}
