package com.brewline.menu;

import com.brewline.json.JsonLocations;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Typed access to the fields of a JSON tree; every failure names the path and its line and column. */
final class JsonFields {
    private final String source;
    private final JsonLocations locations;

    JsonFields(String source, JsonLocations locations) {
        this.source = source;
        this.locations = locations;
    }

    MenuException error(String path, String reason) {
        JsonLocation at = locations.locate(path);
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        return new MenuException(source, line, column, path, reason);
    }

    JsonNode object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw error(path, "expected a JSON object, found " + describe(node));
        }
        return node;
    }

    /** Refuses fields the menu does not know, so a typo ("prise") is not silently ignored. */
    void onlyKnownFields(JsonNode object, String path, Set<String> known) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw error(JsonLocations.child(path, name),
                        "unknown field \"" + name + "\" (known fields: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }

    List<JsonNode> array(JsonNode object, String path, String field, boolean required) {
        JsonNode node = object.get(field);
        String at = JsonLocations.child(path, field);
        if (node == null || node.isNull()) {
            if (required) {
                throw error(at, "missing \"" + field + "\" (a JSON array)");
            }
            return List.of();
        }
        if (!node.isArray()) {
            throw error(at, "\"" + field + "\" must be a JSON array, found " + describe(node));
        }
        List<JsonNode> elements = new ArrayList<>();
        node.forEach(elements::add);
        return elements;
    }

    /** A required string that is not blank. */
    String text(JsonNode object, String path, String field) {
        String value = optionalText(object, path, field);
        if (value == null) {
            throw error(JsonLocations.child(path, field), "missing \"" + field + "\"");
        }
        return value;
    }

    /** A string that may be absent or null; blank counts as missing. */
    String optionalText(JsonNode object, String path, String field) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        String at = JsonLocations.child(path, field);
        if (!node.isTextual()) {
            throw error(at, "\"" + field + "\" must be a string, found " + describe(node));
        }
        String value = node.textValue().strip();
        if (value.isEmpty()) {
            throw error(at, "\"" + field + "\" must not be blank");
        }
        return value;
    }

    long wholeNumber(JsonNode object, String path, String field, Long defaultValue) {
        JsonNode node = object.get(field);
        String at = JsonLocations.child(path, field);
        if (node == null || node.isNull()) {
            if (defaultValue == null) {
                throw error(at, "missing \"" + field + "\" (a whole number)");
            }
            return defaultValue;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw error(at, "\"" + field + "\" must be a whole number, found " + describe(node));
        }
        return node.longValue();
    }

    int smallNumber(JsonNode object, String path, String field, Integer defaultValue) {
        long value = wholeNumber(object, path, field, defaultValue == null ? null : defaultValue.longValue());
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw error(JsonLocations.child(path, field), "\"" + field + "\" is out of range: " + value);
        }
        return (int) value;
    }

    boolean bool(JsonNode object, String path, String field, boolean defaultValue) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return defaultValue;
        }
        if (!node.isBoolean()) {
            throw error(JsonLocations.child(path, field), "\"" + field + "\" must be true or false, found " + describe(node));
        }
        return node.booleanValue();
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        return node.getNodeType().name().toLowerCase() + " " + node;
    }
}
