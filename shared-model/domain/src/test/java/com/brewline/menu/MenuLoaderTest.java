package com.brewline.menu;

import com.brewline.model.Allergen;
import com.brewline.model.Menu;
import com.brewline.model.MenuItem;
import com.brewline.model.OptionGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class MenuLoaderTest {
    /** A small valid menu; each bad case below changes one thing in it. Line numbers matter. */
    private static final String VALID = """
            {
              "storeNameKo": "테스트 카페",
              "storeNameEn": "Test Cafe",
              "categories": [
                {"id": "coffee", "nameKo": "커피", "nameEn": "Coffee"},
                {"id": "dessert", "nameKo": "디저트", "nameEn": "Dessert"}
              ],
              "optionGroups": [
                {"id": "size", "nameKo": "사이즈", "nameEn": "Size", "minSelect": 1, "maxSelect": 1, "options": [
                  {"id": "regular", "nameKo": "레귤러", "priceDelta": 0, "default": true},
                  {"id": "large", "nameKo": "라지", "priceDelta": 500}
                ]}
              ],
              "items": [
                {"id": "americano", "categoryId": "coffee", "nameKo": "아메리카노", "nameEn": "Americano",
                 "price": 4500, "prepSeconds": 60, "optionGroupIds": ["size"]},
                {"id": "cake", "categoryId": "dessert", "nameKo": "케이크", "price": 6500, "prepSeconds": 30}
              ]
            }
            """;

    private static Menu parse(String json) {
        return MenuLoader.parse(json.getBytes(StandardCharsets.UTF_8), "test-menu.json", image -> null);
    }

    private static MenuException fails(String json) {
        return assertThrows(MenuException.class, () -> parse(json));
    }

    private static void assertAt(MenuException e, int line, String path, String reasonPart) {
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(path, e.jsonPath(), e.getMessage());
        assertTrue(e.column() > 0, e.getMessage());
        assertTrue(e.reason().contains(reasonPart), e.getMessage());
        assertTrue(e.getMessage().startsWith("Menu test-menu.json, line " + line + ", column "), e.getMessage());
    }

    @Test
    void readsAValidMenu() {
        Menu menu = parse(VALID);
        assertEquals("테스트 카페", menu.storeNameKo());
        assertEquals(2, menu.categories().size());
        MenuItem americano = menu.item("americano").orElseThrow();
        assertEquals(4500, americano.price());
        assertEquals(60, americano.prepSeconds());
        assertTrue(americano.available());
        assertNull(americano.image());
        OptionGroup size = menu.optionGroup("size").orElseThrow();
        assertTrue(size.isRequired());
        assertTrue(size.option("regular").orElseThrow().isDefault());
        assertEquals(500, size.option("large").orElseThrow().priceDelta());
        assertEquals("라지", size.option("large").orElseThrow().nameEn(), "English name falls back to Korean");
        assertEquals("케이크", menu.item("cake").orElseThrow().nameEn());
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        MenuException e = fails(VALID.replace("\"price\": 4500,", "\"price\": 4500"));
        assertEquals(16, e.line(), e.getMessage());
        assertTrue(e.column() > 0);
        assertTrue(e.reason().startsWith("malformed JSON"), e.getMessage());
    }

    @Test
    void duplicateJsonKeyIsMalformed() {
        MenuException e = fails(VALID.replace("\"price\": 4500,", "\"price\": 4500, \"price\": 10,"));
        assertEquals(16, e.line(), e.getMessage());
        assertTrue(e.reason().contains("Duplicate field"), e.getMessage());
    }

    @Test
    void unknownOptionGroup() {
        assertAt(fails(VALID.replace("\"optionGroupIds\": [\"size\"]", "\"optionGroupIds\": [\"size\", \"syrup\"]")),
                16, "items[0].optionGroupIds[1]", "unknown option group \"syrup\"");
    }

    @Test
    void unknownCategory() {
        assertAt(fails(VALID.replace("\"categoryId\": \"dessert\"", "\"categoryId\": \"bakery\"")),
                17, "items[1].categoryId", "unknown category \"bakery\"");
    }

    @Test
    void duplicateItemId() {
        assertAt(fails(VALID.replace("{\"id\": \"cake\"", "{\"id\": \"americano\"")),
                17, "items[1].id", "duplicate item id \"americano\"");
    }

    @Test
    void duplicateCategoryId() {
        assertAt(fails(VALID.replace("{\"id\": \"dessert\"", "{\"id\": \"coffee\"")),
                6, "categories[1].id", "duplicate category id");
    }

    @Test
    void duplicateGroupId() {
        String twoGroups = VALID.replace("""
                    ]}
                  ],
                """, """
                    ]},
                    {"id": "size", "nameKo": "사이즈2", "options": [{"id": "x", "nameKo": "엑스"}]}
                  ],
                """);
        assertAt(fails(twoGroups), 13, "optionGroups[1].id", "duplicate option group id \"size\"");
    }

    @Test
    void duplicateOptionIdWithinGroup() {
        assertAt(fails(VALID.replace("{\"id\": \"large\"", "{\"id\": \"regular\"")),
                11, "optionGroups[0].options[1].id", "duplicate option in this group id \"regular\"");
    }

    @Test
    void negativePrice() {
        assertAt(fails(VALID.replace("\"price\": 6500", "\"price\": -100")),
                17, "items[1].price", "price must not be negative, was -100");
    }

    @Test
    void negativePriceDelta() {
        assertAt(fails(VALID.replace("\"priceDelta\": 500", "\"priceDelta\": -500")),
                11, "optionGroups[0].options[1].priceDelta", "priceDelta must not be negative");
    }

    @Test
    void zeroPrepTime() {
        assertAt(fails(VALID.replace("\"prepSeconds\": 60", "\"prepSeconds\": 0")),
                16, "items[0].prepSeconds", "prepSeconds must be more than 0, was 0");
    }

    @Test
    void negativePrepTime() {
        assertAt(fails(VALID.replace("\"prepSeconds\": 30", "\"prepSeconds\": -5")),
                17, "items[1].prepSeconds", "was -5");
    }

    @Test
    void missingKoreanNamePointsAtTheItem() {
        assertAt(fails(VALID.replace("\"nameKo\": \"케이크\", ", "")),
                17, "items[1].nameKo", "missing \"nameKo\"");
    }

    @Test
    void blankKoreanName() {
        assertAt(fails(VALID.replace("\"nameKo\": \"아메리카노\"", "\"nameKo\": \"  \"")),
                15, "items[0].nameKo", "must not be blank");
    }

    @Test
    void minGreaterThanMax() {
        assertAt(fails(VALID.replace("\"minSelect\": 1, \"maxSelect\": 1", "\"minSelect\": 2, \"maxSelect\": 1")),
                9, "optionGroups[0].minSelect", "must not be greater than maxSelect");
    }

    @Test
    void negativeMin() {
        assertAt(fails(VALID.replace("\"minSelect\": 1", "\"minSelect\": -1")),
                9, "optionGroups[0].minSelect", "minSelect must not be negative");
    }

    @Test
    void groupWithoutOptions() {
        String empty = VALID.replace("""
                      {"id": "regular", "nameKo": "레귤러", "priceDelta": 0, "default": true},
                      {"id": "large", "nameKo": "라지", "priceDelta": 500}
                """, "");
        assertAt(fails(empty), 9, "optionGroups[0].options", "has no options");
    }

    @Test
    void wrongTypeIsNamed() {
        assertAt(fails(VALID.replace("\"price\": 4500", "\"price\": \"4500\"")),
                16, "items[0].price", "must be a whole number");
        assertAt(fails(VALID.replace("\"price\": 4500", "\"price\": 4500.5")),
                16, "items[0].price", "must be a whole number");
    }

    @Test
    void unknownFieldIsATypo() {
        assertAt(fails(VALID.replace("\"price\": 6500", "\"prise\": 6500, \"price\": 6500")),
                17, "items[1].prise", "unknown field \"prise\"");
    }

    @Test
    void anImageTheResolverCannotPlaceIsRefused() {
        assertAt(fails(VALID.replace("\"price\": 6500", "\"price\": 6500, \"image\": \"cake.png\"")),
                17, "items[1].image", "is not a picture file inside the menu's folder");
    }

    /** Issue 11: a photo not there does not stop the shop; the kiosk shows the category's picture instead. */
    @Test
    void aMissingPictureLoadsAsItsUrlForTheKioskToReplace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("menu.json");
        Files.writeString(file, VALID.replace("\"price\": 6500", "\"price\": 6500, \"image\": \"img/cake.png\""));
        assertEquals(dir.resolve("img/cake.png").toUri().toString(), MenuLoader.load(file).item("cake").orElseThrow().image());
    }

    @Test
    void whatIsInTheCupIsReadAndBounded() {
        String withFacts = VALID.replace("\"price\": 6500, \"prepSeconds\": 30}", "\"price\": 6500, \"prepSeconds\": 30,"
                + " \"description\": {\"ko\": \"진한 치즈 케이크\", \"en\": \"Rich cheesecake\"}, \"calories\": 420,"
                + " \"caffeineMg\": 0, \"allergens\": [\"milk\", \"egg\", \"wheat\"]}");
        MenuItem cake = parse(withFacts).item("cake").orElseThrow();
        assertEquals("진한 치즈 케이크", cake.description(true));
        assertEquals("Rich cheesecake", cake.description(false));
        assertEquals(420, cake.calories());
        assertEquals(0, cake.caffeineMg());
        assertEquals(List.of(Allergen.MILK, Allergen.EGG, Allergen.WHEAT), cake.allergens());
        MenuItem americano = parse(withFacts).item("americano").orElseThrow();
        assertNull(americano.calories(), "not said is not zero");
        assertTrue(americano.allergens().isEmpty());

        assertAt(fails(withFacts.replace("\"calories\": 420", "\"calories\": 3001")), 17, "items[1].calories", "0 to 3000");
        assertAt(fails(withFacts.replace("\"caffeineMg\": 0", "\"caffeineMg\": -1")), 17, "items[1].caffeineMg", "0 to 1000");
        assertAt(fails(withFacts.replace("\"egg\"", "\"eggs\"")), 17, "items[1].allergens[1]", "unknown allergen \"eggs\"");
        assertAt(fails(withFacts.replace("\"egg\"", "\"milk\"")), 17, "items[1].allergens[1]", "listed twice");
        assertAt(fails(withFacts.replace("\"진한 치즈 케이크\"", "\"" + "가".repeat(81) + "\"")), 17,
                "items[1].description.ko", "at most 80 characters");
        assertAt(fails(withFacts.replace("\"ko\": \"진한 치즈 케이크\", ", "")), 17, "items[1].description.ko", "missing");
        assertAt(fails(withFacts.replace("\"en\": \"Rich", "\"fr\": \"Rich")), 17, "items[1].description.fr", "unknown field");
    }

    @Test
    void loadFromFileNamesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("menu.json");
        Files.writeString(file, VALID.replace("\"price\": 6500", "\"price\": -1"));
        MenuException e = assertThrows(MenuException.class, () -> MenuLoader.load(file));
        assertTrue(e.getMessage().startsWith("Menu " + file + ", line 17, column "), e.getMessage());
        assertTrue(e.getMessage().contains("at items[1].price: price must not be negative"), e.getMessage());
    }

    @Test
    void imageRelativeToTheMenuFileBecomesAUrl(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("img"));
        Files.write(dir.resolve("img/cake.png"), new byte[]{1, 2, 3});
        Path file = dir.resolve("menu.json");
        Files.writeString(file, VALID.replace("\"price\": 6500", "\"price\": 6500, \"image\": \"img/cake.png\""));
        Menu menu = MenuLoader.load(file);
        assertEquals(dir.resolve("img/cake.png").toUri().toString(), menu.item("cake").orElseThrow().image());
    }

    @Test
    void unreadableFile(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");
        MenuException e = assertThrows(MenuException.class, () -> MenuLoader.load(missing));
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("cannot read"), e.getMessage());
    }

    @Test
    void emptyFile() {
        assertTrue(fails("  ").reason().contains("empty"));
    }

    @Test
    void notUtf8() {
        MenuException e = assertThrows(MenuException.class,
                () -> MenuLoader.parse(new byte[]{'{', (byte) 0xC3, (byte) 0x28, '}'}, "bad.json", i -> null));
        assertTrue(e.reason().contains("UTF-8"), e.getMessage());
    }

    @Test
    void byteOrderMarkIsAccepted() {
        assertEquals(2, parse("\uFEFF" + VALID).items().size());
    }

    // Issue 9 "Bad input": every number and name from the menu file is bounded, images stay in the menu's folder.

    @Test
    void aPriceBeyondTheBoundIsRefusedNotOverflowed() {
        assertAt(fails(VALID.replace("\"price\": 4500", "\"price\": 9223372036854775807")),
                16, "items[0].price", "price must be at most 1000000 won, was 9223372036854775807");
        assertAt(fails(VALID.replace("\"price\": 4500", "\"price\": 92233720368547758070")),
                16, "items[0].price", "must be a whole number");
    }

    @Test
    void anOptionDeltaBeyondTheBoundIsRefused() {
        assertAt(fails(VALID.replace("\"priceDelta\": 500", "\"priceDelta\": 100001")),
                11, "optionGroups[0].options[1].priceDelta", "priceDelta must be at most 100000 won");
    }

    @Test
    void anItemWhoseDearestChoiceCostsTooMuchIsRefused() {
        assertAt(fails(VALID.replace("\"price\": 4500", "\"price\": 999800")),
                16, "items[0].price", "with its dearest options this item costs 1000300 won");
        assertEquals(1_000_000, parse(VALID.replace("\"price\": 4500", "\"price\": 999500"))
                .item("americano").orElseThrow().price() + 500);
    }

    @Test
    void aLongOrMultiLineNameIsRefusedAndNotRepeatedWhole() {
        String longName = "가".repeat(100_000);
        MenuException e = fails(VALID.replace("\"nameKo\": \"케이크\"", "\"nameKo\": \"" + longName + "\""));
        assertAt(e, 17, "items[1].nameKo", "must be at most 40 characters, was 100000");
        assertTrue(e.getMessage().length() < 300, "the message quotes the name cut short: " + e.getMessage().length());
        assertAt(fails(VALID.replace("\"nameEn\": \"Americano\"", "\"nameEn\": \"Ameri\\ncano\"")),
                15, "items[0].nameEn", "one line");
        assertAt(fails(VALID.replace("\"storeNameKo\": \"테스트 카페\"", "\"storeNameKo\": \"" + "카".repeat(61) + "\"")),
                2, "storeNameKo", "at most 60 characters");
        assertEquals(40, parse(VALID.replace("\"nameKo\": \"케이크\"", "\"nameKo\": \"" + "가".repeat(40) + "\""))
                .item("cake").orElseThrow().nameKo().length());
    }

    @Test
    void idsArePlainAndShort() {
        assertAt(fails(VALID.replace("\"id\": \"cake\"", "\"id\": \"cake cake\"")),
                17, "items[1].id", "letters, digits");
        assertAt(fails(VALID.replace("\"id\": \"cake\"", "\"id\": \"" + "c".repeat(41) + "\"")),
                17, "items[1].id", "1 to 40");
    }

    @Test
    void prepTimeIsBounded() {
        assertAt(fails(VALID.replace("\"prepSeconds\": 60", "\"prepSeconds\": 2000000000")),
                16, "items[0].prepSeconds", "at most 3600");
    }

    @Test
    void tooManyItemsAreRefused() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 301; i++) {
            many.append(",{\"id\": \"cake").append(i).append("\", \"categoryId\": \"dessert\", \"nameKo\": \"케이크\", \"price\": 1, \"prepSeconds\": 1}");
        }
        MenuException e = fails(VALID.replace("\"price\": 6500, \"prepSeconds\": 30}", "\"price\": 6500, \"prepSeconds\": 30}" + many));
        assertEquals("items", e.jsonPath(), e.getMessage());
        assertTrue(e.reason().contains("at most 300 items, found 303"), e.getMessage());
    }

    @Test
    void imagesOutsideTheMenusFolderAreRefusedByTheirPath() {
        for (String[] bad : new String[][]{
                {"../../../../etc/passwd", "leads out of the menu's folder"},
                {"img/../../secret.png", "leads out of the menu's folder"},
                {"img\\\\..\\\\..\\\\secret.png", "leads out of the menu's folder"},
                {"/etc/cake.png", "absolute path"},
                {"C:/Windows/cake.png", "absolute path"},
                {"file:///etc/cake.png", "is a URL"},
                {"https://example.com/cake.png", "is a URL"},
                {"img/cake.webp", "not a PNG, JPEG, GIF or BMP"},
                {"img/cake", "not a PNG, JPEG, GIF or BMP"}}) {
            MenuException e = fails(VALID.replace("\"price\": 6500", "\"price\": 6500, \"image\": \"" + bad[0] + "\""));
            assertAt(e, 17, "items[1].image", bad[1]);
        }
    }

    @Test
    void anImageLinkedFromOutsideTheFolderIsRefused(@TempDir Path dir) throws Exception {
        Path menuDir = Files.createDirectories(dir.resolve("menu"));
        Path secret = Files.write(dir.resolve("secret.png"), new byte[]{1, 2, 3});
        try {
            Files.createSymbolicLink(menuDir.resolve("cake.png"), secret);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
        }
        Path file = menuDir.resolve("menu.json");
        Files.writeString(file, VALID.replace("\"price\": 6500", "\"price\": 6500, \"image\": \"cake.png\""));
        MenuException e = assertThrows(MenuException.class, () -> MenuLoader.load(file));
        assertEquals("items[1].image", e.jsonPath(), e.getMessage());
        assertTrue(e.getMessage().startsWith("Menu " + file + ", line 17"), e.getMessage());
    }
}
