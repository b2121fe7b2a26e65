package com.brewline.config;

import com.brewline.json.JsonLocations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;

import java.util.Iterator;
import java.util.Set;

/**
 * Reads typed fields out of a JSON object and names file, line and field in every complaint.
 * One instance per object; {@link #at(String)} descends into a nested object.
 */
final class JsonFields {
    private final String file;
    private final JsonLocations locations;
    private final JsonNode node;
    private final String path;

    JsonFields(String file, JsonLocations locations, JsonNode node, String path) {
        this.file = file;
        this.locations = locations;
        this.node = node;
        this.path = path;
    }

    /** The nested object {@code name}, or an empty one when absent. */
    JsonFields at(String name, Set<String> knownFields) {
        JsonNode child = node.get(name);
        String childPath = childPath(name);
        if (child == null || child.isNull()) {
            return new JsonFields(file, locations, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(), childPath);
        }
        if (!child.isObject()) {
            throw error(childPath, "must be an object, was " + describe(child));
        }
        JsonFields fields = new JsonFields(file, locations, child, childPath);
        fields.rejectUnknown(knownFields);
        return fields;
    }

    /** The objects of the array {@code name} (empty when absent), each checked for unknown fields. */
    java.util.List<JsonFields> objects(String name, Set<String> knownFields) {
        JsonNode array = node.get(name);
        if (array == null || array.isNull()) {
            return java.util.List.of();
        }
        if (!array.isArray()) {
            throw error(childPath(name), "must be a list [...], was " + describe(array));
        }
        java.util.List<JsonFields> items = new java.util.ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String itemPath = childPath(name) + "[" + i + "]";
            JsonNode item = array.get(i);
            if (!item.isObject()) {
                throw error(itemPath, "must be an object, was " + describe(item));
            }
            JsonFields fields = new JsonFields(file, locations, item, itemPath);
            fields.rejectUnknown(knownFields);
            items.add(fields);
        }
        return items;
    }

    /** The texts of the array {@code name} (empty when absent). */
    java.util.List<String> texts(String name) {
        JsonNode array = node.get(name);
        if (array == null || array.isNull()) {
            return java.util.List.of();
        }
        if (!array.isArray()) {
            throw error(childPath(name), "must be a list of texts, was " + describe(array));
        }
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isTextual() || array.get(i).asText().isBlank()) {
                throw error(childPath(name) + "[" + i + "]", "must be a text that is not empty, was " + describe(array.get(i)));
            }
            texts.add(array.get(i).asText());
        }
        return texts;
    }

    boolean isObject(String name) {
        JsonNode child = node.get(name);
        return child != null && child.isObject();
    }

    void rejectUnknown(Set<String> knownFields) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!knownFields.contains(name)) {
                throw error(childPath(name), "unknown field (known here: " + String.join(", ", knownFields.stream().sorted().toList()) + ")");
            }
        }
    }

    String text(String name, String fallback) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isTextual()) {
            throw error(childPath(name), "must be a text, was " + describe(value));
        }
        return value.asText();
    }

    String requiredText(String name, String fallback) {
        String value = text(name, fallback);
        if (value == null || value.isBlank()) {
            throw error(childPath(name), "must not be empty");
        }
        return value;
    }

    long wholeNumber(String name, long fallback, long min, long max) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber()) {
            throw error(childPath(name), "must be a whole number, was " + describe(value));
        }
        long number = value.asLong();
        if (number < min || number > max) {
            throw error(childPath(name), "must be between " + min + " and " + max + ", was " + number);
        }
        return number;
    }

    double fraction(String name, double fallback, double min, double max) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isNumber()) {
            throw error(childPath(name), "must be a number, was " + describe(value));
        }
        double number = value.asDouble();
        if (number < min || number > max) {
            throw error(childPath(name), "must be between " + min + " and " + max + ", was " + number);
        }
        return number;
    }

    boolean flag(String name, boolean fallback) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (value.getNodeType() != JsonNodeType.BOOLEAN) {
            throw error(childPath(name), "must be true or false, was " + describe(value));
        }
        return value.asBoolean();
    }

    ConfigException error(String fieldPath, String reason) {
        return new ConfigException(file + ": " + locations.describe(fieldPath) + ": field '" + fieldPath + "' " + reason);
    }

    String childPath(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String describe(JsonNode value) {
        String text = value.toString();
        return value.getNodeType().name().toLowerCase() + " " + (text.length() > 40 ? text.substring(0, 40) + "..." : text);
    }
}
