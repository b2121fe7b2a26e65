package com.brewline.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON document starts, by path ("kiosk.inactivityTimeoutSeconds", "items[3].price"),
 * so a message about a value that parsed fine but makes no sense can still name its line.
 */
public final class JsonLocations {
    private final Map<String, JsonLocation> byPath;

    private JsonLocations(Map<String, JsonLocation> byPath) {
        this.byPath = byPath;
    }

    /** Reads the locations of a document that is already known to be well-formed. */
    public static JsonLocations of(String json) throws IOException {
        Map<String, JsonLocation> locations = new HashMap<>();
        Deque<String> containerPaths = new ArrayDeque<>();
        String fieldPath = "";
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                String parent = containerPaths.isEmpty() ? "" : containerPaths.peek();
                if (token == JsonToken.FIELD_NAME) {
                    fieldPath = parent.isEmpty() ? parser.currentName() : parent + "." + parser.currentName();
                    locations.put(fieldPath, parser.currentTokenLocation());
                } else if (token.isStructEnd()) {
                    containerPaths.pop();
                } else {
                    // A container's own context opens with its start token; its place is in the parent's.
                    JsonStreamContext context = token.isStructStart()
                            ? parser.getParsingContext().getParent() : parser.getParsingContext();
                    String valuePath = context.inArray() ? parent + "[" + context.getCurrentIndex() + "]"
                            : context.inObject() ? fieldPath : "";
                    locations.putIfAbsent(valuePath, parser.currentTokenLocation());
                    if (token.isStructStart()) {
                        containerPaths.push(valuePath);
                    }
                }
            }
        }
        return new JsonLocations(locations);
    }

    /** "line 12, column 5" for the path, or its nearest enclosing path that has a location. */
    public String describe(String path) {
        String p = path;
        while (true) {
            JsonLocation location = byPath.get(p);
            if (location != null) {
                return "line " + location.getLineNr() + ", column " + location.getColumnNr();
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                return "line 1, column 1";
            }
            p = p.substring(0, cut);
        }
    }
}
