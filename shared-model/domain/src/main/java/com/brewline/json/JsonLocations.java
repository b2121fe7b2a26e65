package com.brewline.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where every value of a JSON document starts, by path ({@code items[3].price}). A tree read with
 * Jackson forgets locations, so one streaming pass records them for the error messages.
 */
public final class JsonLocations {
    private final Map<String, JsonLocation> byPath = new HashMap<>();

    private JsonLocations() {
    }

    /** Reads the whole document; malformed JSON fails here with the parser's own location. */
    public static JsonLocations scan(JsonParser parser) throws IOException {
        JsonLocations locations = new JsonLocations();
        Deque<Frame> stack = new ArrayDeque<>();
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            switch (token) {
                case FIELD_NAME -> stack.peek().field = parser.currentName();
                case END_OBJECT, END_ARRAY -> stack.pop();
                default -> {
                    String path = stack.isEmpty() ? "" : stack.peek().childPath();
                    locations.byPath.put(path, parser.currentTokenLocation());
                    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                        stack.push(new Frame(path, token == JsonToken.START_ARRAY));
                    }
                }
            }
        }
        return locations;
    }

    /** The location of the value at {@code path}, or of its nearest enclosing value that exists. */
    public JsonLocation locate(String path) {
        String p = path;
        while (true) {
            JsonLocation location = byPath.get(p);
            if (location != null || p.isEmpty()) {
                return location;
            }
            p = parent(p);
        }
    }

    /** "line 12, column 5" for {@code path}, as {@link #locate} finds it. */
    public String describe(String path) {
        JsonLocation at = locate(path);
        return at == null ? "line 1, column 1" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    public static String child(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    public static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    private static final class Frame {
        final String path;
        final boolean array;
        String field;
        int nextIndex;

        Frame(String path, boolean array) {
            this.path = path;
            this.array = array;
        }

        String childPath() {
            return array ? element(path, nextIndex++) : child(path, field);
        }
    }
}
