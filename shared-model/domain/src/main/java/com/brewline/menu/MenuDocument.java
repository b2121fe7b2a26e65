package com.brewline.menu;

import com.brewline.model.Menu;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A menu file being edited, kept as its JSON tree: every field the editor does not know (added to the
 * format later) is written back untouched. Edits change the tree; {@link #validate} runs the one menu
 * rule ({@link MenuLoader#parse}) on exactly the bytes {@link #toBytes} would save.
 * Lists: {@code categories}, {@code optionGroups}, {@code items}; a group's options are {@code options}
 * inside it. Every element is found by its {@code id}.
 */
public final class MenuDocument {
    public static final String CATEGORIES = "categories";
    public static final String OPTION_GROUPS = "optionGroups";
    public static final String ITEMS = "items";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ObjectNode root;

    private MenuDocument(ObjectNode root) {
        this.root = root;
    }

    /** @throws MenuException when the bytes are not a JSON object (the full check is {@link #validate}) */
    public static MenuDocument parse(byte[] utf8Json, String source) {
        try {
            JsonNode node = MAPPER.readTree(utf8Json);
            if (node == null || !node.isObject()) {
                throw new MenuException(source, 1, 1, "", "a menu must be a JSON object");
            }
            return new MenuDocument((ObjectNode) node);
        } catch (IOException e) {
            throw new MenuException(source, 0, 0, "", "malformed JSON: " + e.getMessage(), e);
        }
    }

    public MenuDocument copy() {
        return new MenuDocument(root.deepCopy());
    }

    public byte[] toBytes() {
        try {
            return (MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }

    /** The menu these bytes make, by the same rule as a menu file; images resolved by {@code imageResolver}. */
    public Menu validate(String source, Function<String, String> imageResolver) {
        return MenuLoader.parse(toBytes(), source, imageResolver);
    }

    public ObjectNode root() {
        return root;
    }

    /** The list's elements in their order (an absent list is empty). */
    public List<ObjectNode> list(String listName) {
        return elements(array(root, listName));
    }

    public List<ObjectNode> options(String groupId) {
        return elements(array(require(OPTION_GROUPS, groupId), "options"));
    }

    public Optional<ObjectNode> find(String listName, String id) {
        return find(array(root, listName), id);
    }

    public ObjectNode require(String listName, String id) {
        return find(listName, id).orElseThrow(() -> new IllegalArgumentException("no " + listName + " element \"" + id + "\""));
    }

    /** Adds an element with this id (refused when the id is taken) at the end; returns it to fill in. */
    public ObjectNode add(String listName, String id) {
        return addTo(array(root, listName), id, listName);
    }

    public ObjectNode addOption(String groupId, String optionId) {
        return addTo(array(require(OPTION_GROUPS, groupId), "options"), optionId, "options of " + groupId);
    }

    /** Removes an element; a retired item also leaves every other item's {@code pairings} (which may not name it). */
    public void remove(String listName, String id) {
        removeFrom(array(root, listName), id);
        if (ITEMS.equals(listName)) {
            for (ObjectNode item : list(ITEMS)) {
                if (item.get("pairings") instanceof com.fasterxml.jackson.databind.node.ArrayNode pairings) {
                    for (int i = pairings.size() - 1; i >= 0; i--) {
                        if (id.equals(pairings.get(i).asText(null))) {
                            pairings.remove(i);
                        }
                    }
                }
            }
        }
    }

    public void removeOption(String groupId, String optionId) {
        removeFrom(array(require(OPTION_GROUPS, groupId), "options"), optionId);
    }

    /** Moves an element by {@code delta} places (clamped to the list); the kiosk shows lists in this order. */
    public void move(String listName, String id, int delta) {
        moveIn(array(root, listName), id, delta);
    }

    public void moveOption(String groupId, String optionId, int delta) {
        moveIn(array(require(OPTION_GROUPS, groupId), "options"), optionId, delta);
    }

    /** Items of a category, in menu order. */
    public List<ObjectNode> itemsIn(String categoryId) {
        return list(ITEMS).stream().filter(i -> categoryId.equals(i.path("categoryId").asText())).toList();
    }

    private static ArrayNode array(ObjectNode parent, String name) {
        JsonNode node = parent.get(name);
        if (node instanceof ArrayNode a) {
            return a;
        }
        return parent.putArray(name);
    }

    private static List<ObjectNode> elements(ArrayNode array) {
        List<ObjectNode> out = new ArrayList<>();
        array.forEach(n -> {
            if (n instanceof ObjectNode o) {
                out.add(o);
            }
        });
        return out;
    }

    private static Optional<ObjectNode> find(ArrayNode array, String id) {
        for (JsonNode n : array) {
            if (n instanceof ObjectNode o && id.equals(o.path("id").asText(null))) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    private static ObjectNode addTo(ArrayNode array, String id, String what) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an id is needed");
        }
        if (find(array, id).isPresent()) {
            throw new IllegalArgumentException("the id \"" + id + "\" is already used in " + what);
        }
        ObjectNode node = array.addObject();
        node.put("id", id);
        return node;
    }

    private static void removeFrom(ArrayNode array, String id) {
        for (int i = 0; i < array.size(); i++) {
            if (id.equals(array.get(i).path("id").asText(null))) {
                array.remove(i);
                return;
            }
        }
    }

    private static void moveIn(ArrayNode array, String id, int delta) {
        for (int i = 0; i < array.size(); i++) {
            if (id.equals(array.get(i).path("id").asText(null))) {
                int to = Math.max(0, Math.min(array.size() - 1, i + delta));
                JsonNode node = array.remove(i);
                array.insert(to, node);
                return;
            }
        }
    }
}
