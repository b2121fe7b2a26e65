package com.brewline.menu;

import com.brewline.json.JsonLocations;

import com.brewline.model.Allergen;
import com.brewline.model.Category;
import com.brewline.model.Menu;
import com.brewline.model.MenuItem;
import com.brewline.model.MenuOption;
import com.brewline.model.OptionGroup;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Turns a menu's JSON tree into a validated {@link Menu}; the first problem found fails the whole menu. */
final class MenuReader {
    private static final Set<String> MENU_FIELDS = Set.of("storeNameKo", "storeNameEn", "categories", "optionGroups", "items");
    private static final Set<String> CATEGORY_FIELDS = Set.of("id", "nameKo", "nameEn", "image");
    private static final Set<String> GROUP_FIELDS = Set.of("id", "nameKo", "nameEn", "minSelect", "maxSelect", "options");
    private static final Set<String> OPTION_FIELDS = Set.of("id", "nameKo", "nameEn", "priceDelta", "default");
    private static final Set<String> ITEM_FIELDS = Set.of("id", "categoryId", "nameKo", "nameEn", "price", "prepSeconds",
            "image", "available", "optionGroupIds", "description", "calories", "caffeineMg", "allergens", "pairings");
    private static final Set<String> DESCRIPTION_FIELDS = Set.of("ko", "en");

    private final JsonFields json;
    /** Maps the file's image reference to a URL JavaFX can load, or null when there is no such file. */
    private final Function<String, String> imageResolver;

    MenuReader(JsonFields json, Function<String, String> imageResolver) {
        this.json = json;
        this.imageResolver = imageResolver;
    }

    Menu read(JsonNode root) {
        json.object(root, "");
        json.onlyKnownFields(root, "", MENU_FIELDS);
        String storeNameKo = name(root, "", "storeNameKo", MenuLimits.MAX_STORE_NAME_LENGTH);
        String storeNameEn = orElse(optionalName(root, "", "storeNameEn", MenuLimits.MAX_STORE_NAME_LENGTH), storeNameKo);

        List<Category> categories = readCategories(root);
        List<OptionGroup> groups = readGroups(root);
        List<MenuItem> items = readItems(root, categories, groups);
        return new Menu(storeNameKo, storeNameEn, categories, groups, items);
    }

    private List<Category> readCategories(JsonNode root) {
        List<JsonNode> nodes = json.array(root, "", "categories", true);
        if (nodes.isEmpty()) {
            throw json.error("categories", "the menu needs at least one category");
        }
        atMost(nodes, "categories", MenuLimits.MAX_CATEGORIES, "categories");
        List<Category> categories = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            String path = JsonLocations.element("categories", i);
            JsonNode node = json.object(nodes.get(i), path);
            json.onlyKnownFields(node, path, CATEGORY_FIELDS);
            String id = uniqueId(node, path, ids, "category");
            String nameKo = name(node, path, "nameKo", MenuLimits.MAX_NAME_LENGTH);
            categories.add(new Category(id, nameKo, orElse(optionalName(node, path, "nameEn", MenuLimits.MAX_NAME_LENGTH),
                    nameKo), readImage(node, path)));
        }
        return categories;
    }

    private List<OptionGroup> readGroups(JsonNode root) {
        List<JsonNode> nodes = json.array(root, "", "optionGroups", false);
        atMost(nodes, "optionGroups", MenuLimits.MAX_OPTION_GROUPS, "option groups");
        List<OptionGroup> groups = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            String path = JsonLocations.element("optionGroups", i);
            JsonNode node = json.object(nodes.get(i), path);
            json.onlyKnownFields(node, path, GROUP_FIELDS);
            String id = uniqueId(node, path, ids, "option group");
            String nameKo = name(node, path, "nameKo", MenuLimits.MAX_NAME_LENGTH);
            String nameEn = orElse(optionalName(node, path, "nameEn", MenuLimits.MAX_NAME_LENGTH), nameKo);
            int min = json.smallNumber(node, path, "minSelect", 0);
            int max = json.smallNumber(node, path, "maxSelect", 1);
            if (min < 0) {
                throw json.error(JsonLocations.child(path, "minSelect"), "minSelect must not be negative, was " + min);
            }
            if (max < 1) {
                throw json.error(JsonLocations.child(path, "maxSelect"), "maxSelect must be at least 1, was " + max);
            }
            if (min > max) {
                throw json.error(JsonLocations.child(path, "minSelect"),
                        "minSelect (" + min + ") must not be greater than maxSelect (" + max + ")");
            }
            List<MenuOption> options = readOptions(node, path);
            if (options.isEmpty()) {
                throw json.error(JsonLocations.child(path, "options"), "option group \"" + id + "\" has no options");
            }
            if (max > options.size()) {
                throw json.error(JsonLocations.child(path, "maxSelect"), "maxSelect (" + max
                        + ") is more than the group's " + options.size() + " option(s)");
            }
            long defaults = options.stream().filter(MenuOption::isDefault).count();
            if (defaults > max) {
                throw json.error(JsonLocations.child(path, "options"), defaults
                        + " options are marked default but at most " + max + " may be chosen");
            }
            groups.add(new OptionGroup(id, nameKo, nameEn, min, max, options));
        }
        return groups;
    }

    private List<MenuOption> readOptions(JsonNode group, String groupPath) {
        List<JsonNode> nodes = json.array(group, groupPath, "options", true);
        atMost(nodes, JsonLocations.child(groupPath, "options"), MenuLimits.MAX_OPTIONS_PER_GROUP, "options in a group");
        List<MenuOption> options = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            String path = JsonLocations.element(JsonLocations.child(groupPath, "options"), i);
            JsonNode node = json.object(nodes.get(i), path);
            json.onlyKnownFields(node, path, OPTION_FIELDS);
            String id = uniqueId(node, path, ids, "option in this group");
            String nameKo = name(node, path, "nameKo", MenuLimits.MAX_NAME_LENGTH);
            String nameEn = orElse(optionalName(node, path, "nameEn", MenuLimits.MAX_NAME_LENGTH), nameKo);
            long delta = json.wholeNumber(node, path, "priceDelta", 0L);
            if (delta < 0) {
                throw json.error(JsonLocations.child(path, "priceDelta"), "priceDelta must not be negative, was " + delta);
            }
            if (delta > MenuLimits.MAX_PRICE_DELTA) {
                throw json.error(JsonLocations.child(path, "priceDelta"), "priceDelta must be at most "
                        + MenuLimits.MAX_PRICE_DELTA + " won, was " + delta);
            }
            options.add(new MenuOption(id, nameKo, nameEn, delta, json.bool(node, path, "default", false)));
        }
        return options;
    }

    private List<MenuItem> readItems(JsonNode root, List<Category> categories, List<OptionGroup> groups) {
        Set<String> categoryIds = new HashSet<>();
        categories.forEach(c -> categoryIds.add(c.id()));
        Map<String, OptionGroup> groupsById = new HashMap<>();
        groups.forEach(g -> groupsById.put(g.id(), g));

        List<JsonNode> nodes = json.array(root, "", "items", true);
        if (nodes.isEmpty()) {
            throw json.error("items", "the menu needs at least one item");
        }
        atMost(nodes, "items", MenuLimits.MAX_ITEMS, "items");
        List<MenuItem> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<List<String>> pairings = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String path = JsonLocations.element("items", i);
            JsonNode node = json.object(nodes.get(i), path);
            json.onlyKnownFields(node, path, ITEM_FIELDS);
            String id = uniqueId(node, path, ids, "item");
            String categoryId = json.text(node, path, "categoryId");
            if (!categoryIds.contains(categoryId)) {
                throw json.error(JsonLocations.child(path, "categoryId"),
                        "unknown category \"" + categoryId + "\" (categories: " + String.join(", ", categoryIds) + ")");
            }
            String nameKo = name(node, path, "nameKo", MenuLimits.MAX_NAME_LENGTH);
            String nameEn = orElse(optionalName(node, path, "nameEn", MenuLimits.MAX_NAME_LENGTH), nameKo);
            long price = json.wholeNumber(node, path, "price", null);
            if (price < 0) {
                throw json.error(JsonLocations.child(path, "price"), "price must not be negative, was " + price);
            }
            if (price > MenuLimits.MAX_PRICE) {
                throw json.error(JsonLocations.child(path, "price"), "price must be at most " + MenuLimits.MAX_PRICE
                        + " won, was " + price);
            }
            int prepSeconds = json.smallNumber(node, path, "prepSeconds", null);
            if (prepSeconds <= 0) {
                throw json.error(JsonLocations.child(path, "prepSeconds"),
                        "prepSeconds must be more than 0, was " + prepSeconds);
            }
            if (prepSeconds > MenuLimits.MAX_PREP_SECONDS) {
                throw json.error(JsonLocations.child(path, "prepSeconds"), "prepSeconds must be at most "
                        + MenuLimits.MAX_PREP_SECONDS + ", was " + prepSeconds);
            }
            String image = readImage(node, path);
            boolean available = json.bool(node, path, "available", true);
            List<String> groupIds = readGroupRefs(node, path, groupsById);
            long dearest = price + groupIds.stream().mapToLong(g -> dearestOptions(groupsById.get(g))).sum();
            if (dearest > MenuLimits.MAX_UNIT_PRICE) {
                throw json.error(JsonLocations.child(path, "price"), "with its dearest options this item costs "
                        + dearest + " won, more than the " + MenuLimits.MAX_UNIT_PRICE + " won an item may cost");
            }
            String[] description = readDescription(node, path);
            Integer calories = optionalBounded(node, path, "calories", MenuLimits.MAX_CALORIES);
            Integer caffeine = optionalBounded(node, path, "caffeineMg", MenuLimits.MAX_CAFFEINE_MG);
            List<Allergen> allergens = readAllergens(node, path);
            pairings.add(readPairings(node, path, id));
            items.add(new MenuItem(id, categoryId, nameKo, nameEn, price, prepSeconds, image, available, groupIds,
                    description[0], description[1], calories, caffeine, allergens));
        }
        // pairings may name items further down the file: checked once every id is known
        List<MenuItem> paired = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<String> refs = pairings.get(i);
            for (int j = 0; j < refs.size(); j++) {
                if (!ids.contains(refs.get(j))) {
                    throw json.error(JsonLocations.element(JsonLocations.child(JsonLocations.element("items", i),
                            "pairings"), j), "unknown item \"" + shorten(refs.get(j)) + "\" (pairings name items of this menu)");
                }
            }
            MenuItem m = items.get(i);
            paired.add(new MenuItem(m.id(), m.categoryId(), m.nameKo(), m.nameEn(), m.price(), m.prepSeconds(), m.image(),
                    m.available(), m.optionGroupIds(), m.descriptionKo(), m.descriptionEn(), m.calories(), m.caffeineMg(),
                    m.allergens(), refs));
        }
        return paired;
    }

    /** {@code "pairings": ["croissant", "cheesecake"]}: ids of items that go with this one (not itself, no repeats). */
    private List<String> readPairings(JsonNode item, String path, String itemId) {
        List<JsonNode> refs = json.array(item, path, "pairings", false);
        atMost(refs, JsonLocations.child(path, "pairings"), MenuLimits.MAX_PAIRINGS, "pairings per item");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            String at = JsonLocations.element(JsonLocations.child(path, "pairings"), i);
            JsonNode ref = refs.get(i);
            if (!ref.isTextual()) {
                throw json.error(at, "a pairing is an item id (a string), was " + shorten(ref.toString()));
            }
            String id = ref.textValue();
            if (id.equals(itemId)) {
                throw json.error(at, "an item does not pair with itself (\"" + shorten(id) + "\")");
            }
            if (ids.contains(id)) {
                throw json.error(at, "pairing \"" + shorten(id) + "\" is listed twice");
            }
            ids.add(id);
        }
        return ids;
    }

    /** {"ko": "...", "en": "..."}: Korean required when given, English optional; one line each. */
    private String[] readDescription(JsonNode item, String path) {
        JsonNode node = item.get("description");
        if (node == null || node.isNull()) {
            return new String[]{null, null};
        }
        String at = JsonLocations.child(path, "description");
        json.object(node, at);
        json.onlyKnownFields(node, at, DESCRIPTION_FIELDS);
        String ko = name(node, at, "ko", MenuLimits.MAX_DESCRIPTION_LENGTH);
        return new String[]{ko, optionalName(node, at, "en", MenuLimits.MAX_DESCRIPTION_LENGTH)};
    }

    private Integer optionalBounded(JsonNode item, String path, String field, int max) {
        JsonNode node = item.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        long value = json.wholeNumber(item, path, field, null);
        if (value < 0 || value > max) {
            throw json.error(JsonLocations.child(path, field), "\"" + field + "\" must be 0 to " + max + ", was " + value);
        }
        return (int) value;
    }

    private List<Allergen> readAllergens(JsonNode item, String path) {
        List<JsonNode> codes = json.array(item, path, "allergens", false);
        List<Allergen> allergens = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String at = JsonLocations.element(JsonLocations.child(path, "allergens"), i);
            JsonNode code = codes.get(i);
            Allergen allergen = code.isTextual() ? Allergen.ofCode(code.textValue()).orElse(null) : null;
            if (allergen == null) {
                throw json.error(at, "unknown allergen " + (code.isTextual() ? "\"" + shorten(code.textValue()) + "\""
                        : code.toString()) + " (allergens: " + java.util.Arrays.stream(Allergen.values())
                        .map(Allergen::code).collect(java.util.stream.Collectors.joining(", ")) + ")");
            }
            if (allergens.contains(allergen)) {
                throw json.error(at, "allergen \"" + allergen.code() + "\" is listed twice");
            }
            allergens.add(allergen);
        }
        return allergens;
    }

    private String readImage(JsonNode item, String path) {
        String image = json.optionalText(item, path, "image");
        if (image == null) {
            return null;
        }
        String at = JsonLocations.child(path, "image");
        String outside = ImagePaths.whyOutsideTheMenuFolder(image);
        if (outside != null) {
            throw json.error(at, "image \"" + shorten(image) + "\" " + outside);
        }
        String url = imageResolver.apply(image);
        if (url == null) {
            throw json.error(at, "image \"" + image + "\" is not a picture file inside the menu's folder"
                    + " (paths are relative to the menu file; links out of the folder are refused)");
        }
        return url;
    }

    private List<String> readGroupRefs(JsonNode item, String path, Map<String, OptionGroup> groupsById) {
        List<JsonNode> refs = json.array(item, path, "optionGroupIds", false);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            String at = JsonLocations.element(JsonLocations.child(path, "optionGroupIds"), i);
            JsonNode ref = refs.get(i);
            if (!ref.isTextual()) {
                throw json.error(at, "an option group id must be a string");
            }
            String id = ref.textValue();
            if (!groupsById.containsKey(id)) {
                throw json.error(at, "unknown option group \"" + id + "\" (option groups: "
                        + String.join(", ", groupsById.keySet()) + ")");
            }
            if (ids.contains(id)) {
                throw json.error(at, "duplicate option group \"" + id + "\" on the same item");
            }
            ids.add(id);
        }
        return ids;
    }

    private String uniqueId(JsonNode node, String path, Set<String> seen, String what) {
        String id = json.text(node, path, "id");
        if (id.length() > MenuLimits.MAX_ID_LENGTH || !id.matches("[A-Za-z0-9_-]+")) {
            throw json.error(JsonLocations.child(path, "id"), "an id is 1 to " + MenuLimits.MAX_ID_LENGTH
                    + " letters, digits, '-' or '_', was \"" + shorten(id) + "\"");
        }
        if (!seen.add(id)) {
            throw json.error(JsonLocations.child(path, "id"), "duplicate " + what + " id \"" + id + "\"");
        }
        return id;
    }

    /** A required name: not blank, at most {@code max} characters, on one line. */
    private String name(JsonNode node, String path, String field, int max) {
        return checkName(json.text(node, path, field), path, field, max);
    }

    private String optionalName(JsonNode node, String path, String field, int max) {
        String value = json.optionalText(node, path, field);
        return value == null ? null : checkName(value, path, field, max);
    }

    private String checkName(String value, String path, String field, int max) {
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            throw json.error(JsonLocations.child(path, field), "\"" + field + "\" must be at most " + max
                    + " characters, was " + length + " (\"" + shorten(value) + "\")");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw json.error(JsonLocations.child(path, field), "\"" + field
                    + "\" must be one line without control characters");
        }
        return value;
    }

    private void atMost(List<JsonNode> nodes, String path, int max, String what) {
        if (nodes.size() > max) {
            throw json.error(path, "at most " + max + " " + what + ", found " + nodes.size());
        }
    }

    /** The most the group's options can add to an item: its dearest {@code maxSelect} options. */
    private static long dearestOptions(OptionGroup group) {
        return group.options().stream().map(MenuOption::priceDelta).sorted(java.util.Comparator.reverseOrder())
                .limit(group.maxSelect()).mapToLong(Long::longValue).sum();
    }

    /** A value quoted in a message, cut short: a 100,000-character name is not repeated whole. */
    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
