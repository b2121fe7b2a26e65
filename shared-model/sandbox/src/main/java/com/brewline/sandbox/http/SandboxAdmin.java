package com.brewline.sandbox.http;

import com.brewline.sandbox.http.JsonExchange.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A sandbox's own endpoints for tests and the demo, behind the API's key: {@code GET <listPath>} (what the sandbox
 * holds, as JSON) and {@code GET|POST /sandbox/knobs}; any other {@code /sandbox/} path is 404.
 *
 * @param unauthorized the answer to a request without the key, in the contract's words
 */
public record SandboxAdmin(String authorization, Answer unauthorized, String listPath, Supplier<Object> list,
                           Consumer<JsonNode> applyKnobs, Supplier<Map<String, Object>> knobsNow) {

    /** @param requestBody already read, as the sandbox bounds it */
    public void serve(ObjectMapper json, HttpExchange exchange, String path, byte[] requestBody) throws IOException {
        if (!JsonExchange.authorized(exchange, authorization)) {
            JsonExchange.send(json, exchange, unauthorized);
            return;
        }
        if (path.equals(listPath)) {
            JsonExchange.send(json, exchange, new Answer(200, list.get()));
            return;
        }
        if (!path.equals("/sandbox/knobs")) {
            JsonExchange.send(json, exchange, new Answer(404, JsonExchange.error("NOT_FOUND", "no such resource: " + path)));
            return;
        }
        KnobsJson.serve(json, exchange, requestBody, applyKnobs, knobsNow);
    }
}
