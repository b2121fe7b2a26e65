package com.brewline.kiosk.live;

import com.brewline.kiosk.common.Background;
import com.brewline.menu.MenuBetweenCustomers;
import com.brewline.menu.MenuSource;
import com.brewline.model.Menu;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The kiosk's menu while it runs: a new valid menu from the watched file waits until the kiosk is between
 * customers ({@link MenuBetweenCustomers}), then goes to the screens. An idle kiosk (start screen, empty
 * cart) takes it at once; a customer halfway through keeps the menu they started with until they are done.
 * {@link #newest()} is the newest valid menu, for the check before paying.
 */
public final class LiveMenuViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveMenuViewModel.class);

    private final MenuSource menus;
    private final MenuBetweenCustomers between;
    private final Background background;
    private final AutoCloseable subscription;
    private BooleanSupplier idle = () -> false;
    private Consumer<Menu> apply = menu -> { };

    public LiveMenuViewModel(MenuSource menus, Menu inUse, Background background) {
        this.menus = menus;
        this.between = new MenuBetweenCustomers(inUse);
        this.background = background;
        this.subscription = menus.subscribe(this::offered);
    }

    /**
     * @param idle  whether no customer is being served (FX thread)
     * @param apply gives a menu to the screens (FX thread)
     */
    public void wire(BooleanSupplier idle, Consumer<Menu> apply) {
        this.idle = idle;
        this.apply = apply;
    }

    /** The menu source's thread: a new valid menu. */
    private void offered(Menu menu) {
        between.offer(menu);
        LOG.info("a new menu arrived ({} items); it is applied between customers", menu.items().size());
        background.runOnUi(() -> {
            if (idle.getAsBoolean()) {
                betweenCustomers();
            }
        });
    }

    /** A customer is done (paid, started over, timed out) or none is here: a waiting menu is applied (FX thread). */
    public void betweenCustomers() {
        between.applyIfWaiting().ifPresent(menu -> {
            apply.accept(menu);
            LOG.info("new menu applied ({} items)", menu.items().size());
        });
    }

    /** The menu the current customer is shown. */
    public Menu inUse() {
        return between.inUse();
    }

    /** The newest valid menu (what the pay-time check compares the cart with). */
    public Menu newest() {
        return menus.current();
    }

    public boolean waiting() {
        return between.isWaiting();
    }

    @Override
    public void close() throws Exception {
        subscription.close();
    }
}
