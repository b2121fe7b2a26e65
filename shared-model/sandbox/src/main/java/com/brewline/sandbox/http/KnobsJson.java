package com.brewline.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

/** {@code GET|POST /sandbox/knobs} as both sandboxes serve it: read, apply, answer the knobs as they are now. */
public final class KnobsJson {
    private KnobsJson() {
    }

    /**
     * A POST applies the body's knobs (a bad body or knob: 400 INVALID_REQUEST naming it, nothing more applied); then,
     * as for a GET, the knobs as they are now.
     */
    public static void serve(ObjectMapper json, HttpExchange exchange, byte[] requestBody, Consumer<JsonNode> apply,
                             Supplier<Map<String, Object>> current) throws IOException {
        if (exchange.getRequestMethod().equals("POST")) {
            try {
                apply.accept(json.readTree(requestBody));
            } catch (IOException | IllegalArgumentException e) {
                JsonExchange.send(json, exchange, new JsonExchange.Answer(400, JsonExchange.error("INVALID_REQUEST",
                        e.getMessage())));
                return;
            }
        }
        JsonExchange.send(json, exchange, new JsonExchange.Answer(200, current.get()));
    }

    public static void requireObject(JsonNode k) {
        if (k == null || !k.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object of knobs");
        }
    }

    public static void rejectUnknown(JsonNode k, Set<String> known) {
        k.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown knob " + name + " (known: " + known + ")");
            }
        });
    }

    /** When the body names {@code name}: its number (or {@code notANumber}, for the knob's own check) to {@code set}. */
    public static void number(JsonNode k, String name, double notANumber, DoubleConsumer set) {
        if (k.has(name)) {
            set.accept(k.get(name).asDouble(notANumber));
        }
    }

    public static void flag(JsonNode k, String name, Consumer<Boolean> set) {
        if (k.has(name)) {
            set.accept(k.get(name).asBoolean());
        }
    }
}
