package com.brewline.kiosk.menu;

import com.brewline.kiosk.cart.CartViewModel;
import com.brewline.kiosk.common.Background;
import com.brewline.model.Category;
import com.brewline.model.Menu;
import com.brewline.model.MenuItem;
import com.brewline.store.BrewlineStore;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The menu by category. Sold-out flags come from the store (the barista's toggles) on top of the
 * menu file's own; every commit announced by the change feed reloads them off the FX thread.
 */
public final class MenuViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MenuViewModel.class);

    private Menu menu;
    private final BrewlineStore store;
    private final Background background;
    private final CartViewModel cart;
    private final Map<String, MenuTile> tiles = new LinkedHashMap<>();
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final ObservableList<MenuTile> visibleTiles = FXCollections.observableArrayList();
    private final AutoCloseable subscription;
    private Consumer<MenuItem> onItemChosen = item -> { };
    private Runnable onCheckout = () -> { };

    public MenuViewModel(Menu menu, BrewlineStore store, Background background, CartViewModel cart) {
        this.store = store;
        this.background = background;
        this.cart = cart;
        category.addListener((obs, old, now) -> showCategory(now));
        useMenu(menu);
        this.subscription = store.changes().subscribe(this::reloadAvailability);
    }

    /** Shows this menu from its first category (a new menu file, between customers: issue 13). FX thread. */
    public void useMenu(Menu newMenu) {
        this.menu = newMenu;
        tiles.clear();
        for (MenuItem item : newMenu.items()) {
            Category cat = newMenu.categories().stream().filter(c -> c.id().equals(item.categoryId())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("item " + item.id() + " has unknown category "
                            + item.categoryId()));
            MenuTile tile = new MenuTile(item, resolveImage(item.image()), resolveImage(cat.image()),
                    CategoryIcons.literalFor(cat));
            tile.setSoldOut(!item.available());
            tiles.put(item.id(), tile);
        }
        category.set(null); // the same first category of a new menu shows its new tiles too
        category.set(newMenu.categories().isEmpty() ? null : newMenu.categories().get(0));
        reloadAvailability();
    }

    static String resolveImage(String image) {
        if (image == null || image.isBlank()) {
            return null;
        }
        if (image.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") && !image.matches("^[a-zA-Z]:\\\\.*")) {
            return image;
        }
        URL resource = MenuViewModel.class.getResource(image.startsWith("/") ? image : "/" + image);
        if (resource != null) {
            return resource.toExternalForm();
        }
        Path file = Path.of(image);
        return Files.isRegularFile(file) ? file.toUri().toString() : null;
    }

    public void setOnItemChosen(Consumer<MenuItem> onItemChosen) {
        this.onItemChosen = onItemChosen;
    }

    public void setOnCheckout(Runnable onCheckout) {
        this.onCheckout = onCheckout;
    }

    public List<Category> categories() {
        return menu.categories();
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public ObservableList<MenuTile> visibleTiles() {
        return visibleTiles;
    }

    public MenuTile tile(String itemId) {
        return tiles.get(itemId);
    }

    public CartViewModel cart() {
        return cart;
    }

    private void showCategory(Category now) {
        visibleTiles.setAll(now == null ? List.of()
                : menu.itemsIn(now.id()).stream().map(i -> tiles.get(i.id())).toList());
    }

    /** The next customer starts at the first category (session end). */
    public void reset() {
        category.set(menu.categories().isEmpty() ? null : menu.categories().get(0));
    }

    /** Reads the barista's sold-out list in the background and applies it on the UI thread. */
    public void reloadAvailability() {
        background.run(() -> store.availability().soldOutItemIds(), this::applySoldOut,
                error -> LOG.error("could not read sold-out items", error));
    }

    private void applySoldOut(Set<String> soldOutIds) {
        tiles.values().forEach(t -> t.setSoldOut(!t.item().available() || soldOutIds.contains(t.item().id())));
    }

    /** @return false for a sold-out item: it cannot be added */
    public boolean choose(MenuTile tile) {
        if (tile.soldOut()) {
            return false;
        }
        onItemChosen.accept(tile.item());
        return true;
    }

    /** @return false for an empty cart */
    public boolean checkout() {
        if (cart.emptyProperty().get()) {
            return false;
        }
        onCheckout.run();
        return true;
    }

    @Override
    public void close() throws Exception {
        subscription.close();
    }
}
