package com.brewline.menu;

import com.brewline.model.Menu;
import com.brewline.model.MenuItem;
import com.brewline.model.MenuOption;
import com.brewline.model.OptionGroup;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class DefaultMenuTest {
    private final Menu menu = MenuLoader.loadDefault();

    @Test
    void isAKoreanCafe() {
        assertEquals("브루라인 카페", menu.storeNameKo());
        assertEquals("Brewline Cafe", menu.storeNameEn());
        assertEquals(Set.of("coffee", "non-coffee", "tea", "ade-smoothie", "dessert"),
                menu.categories().stream().map(c -> c.id()).collect(Collectors.toSet()));
        assertTrue(menu.items().size() >= 18 && menu.items().size() <= 26, "about 20 items");
        assertEquals(4500, menu.item("americano").orElseThrow().price());
        assertEquals(5000, menu.item("cafe-latte").orElseThrow().price());
        assertEquals(5500, menu.item("vanilla-latte").orElseThrow().price());
        for (String c : Set.of("coffee", "non-coffee", "tea", "ade-smoothie", "dessert")) {
            assertFalse(menu.itemsIn(c).isEmpty(), c);
        }
    }

    @Test
    void pricesAndPrepTimesLookReal() {
        for (MenuItem item : menu.items()) {
            assertEquals(0, item.price() % 100, item.id() + " priced to 100 won");
            assertTrue(item.price() >= 2000 && item.price() <= 9000, item.id());
            int max = item.categoryId().equals("dessert") ? 30 : 180;
            assertTrue(item.prepSeconds() >= 20 && item.prepSeconds() <= max, item.id());
        }
    }

    /** Issue 11: every item and category has its bundled picture, and says what is in the cup. */
    @Test
    void everyItemHasAPictureAndSaysWhatIsInIt() throws Exception {
        for (MenuItem item : menu.items()) {
            assertNotNull(item.image(), item.id());
            try (var in = new java.net.URL(item.image()).openStream()) {
                byte[] head = in.readNBytes(8);
                assertArrayEquals(new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, head, item.id() + " is a PNG");
            }
            assertNotNull(item.descriptionKo(), item.id());
            assertNotNull(item.descriptionEn(), item.id());
            assertTrue(item.descriptionKo().codePoints().noneMatch(c -> c < 128 && Character.isLetter(c)),
                    item.id() + ": no English in the Korean description");
            assertNotNull(item.calories(), item.id());
            assertNotNull(item.caffeineMg(), item.id());
            if (item.categoryId().equals("coffee")) {
                assertTrue(item.caffeineMg() >= 60, item.id() + " has caffeine");
            }
            if (item.nameKo().contains("라떼")) {
                assertTrue(item.allergens().contains(com.brewline.model.Allergen.MILK), item.id() + " has milk");
            }
        }
        menu.categories().forEach(c -> assertNotNull(c.image(), c.id()));
        assertTrue(MenuLoader.class.getResource("/com/brewline/menu/pictures/LICENSE-fluent-emoji.txt") != null,
                "the pictures' licence is shipped beside them");
    }

    @Test
    void requiredSingleChoiceGroupsHaveOneDefault() {
        for (OptionGroup group : menu.optionGroups()) {
            long defaults = group.options().stream().filter(MenuOption::isDefault).count();
            if (group.minSelect() == 1 && group.maxSelect() == 1) {
                assertEquals(1, defaults, group.id());
            } else {
                assertEquals(0, defaults, group.id() + ": optional extras are not preselected");
            }
        }
        assertTrue(menu.optionGroup("temperature").orElseThrow().option("hot").orElseThrow().isDefault());
        assertEquals(2, menu.optionGroup("syrup").orElseThrow().maxSelect());
    }
}
