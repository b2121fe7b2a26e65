package com.brewline.menu;

import com.brewline.model.Menu;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MenuBetweenCustomersTest {
    @Test
    void aNewMenuWaitsForTheNextCustomer() {
        Menu first = MenuLoader.loadDefault();
        MenuDocument doc = new MenuFiles(java.nio.file.Path.of("unused", "menu.json")).open().document();
        doc.require(MenuDocument.ITEMS, "americano").put("price", 9000);
        Menu newer = MenuLoader.parse(doc.toBytes(), "test", ref -> "file:///pictures/" + ref);
        MenuBetweenCustomers menus = new MenuBetweenCustomers(first);
        assertThat(menus.applyIfWaiting()).isEmpty();
        menus.offer(newer);
        assertThat(menus.isWaiting()).isTrue();
        assertThat(menus.inUse()).isSameAs(first); // the customer at the kiosk still sees the menu they started with
        assertThat(menus.applyIfWaiting()).containsSame(newer);
        assertThat(menus.inUse().item("americano").orElseThrow().price()).isEqualTo(9000);
        assertThat(menus.isWaiting()).isFalse();
    }
}
