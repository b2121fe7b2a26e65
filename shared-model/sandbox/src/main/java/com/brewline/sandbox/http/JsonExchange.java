package com.brewline.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** What both sandboxes say the same way: {@code {code, message}} errors, JSON and HTML answers, JSON bodies read. */
public final class JsonExchange {
    private JsonExchange() {
    }

    /** An answer of a contract: status, a body written as JSON, and headers beyond Content-Type. */
    public record Answer(int status, Object body, Map<String, String> headers) {
        public Answer(int status, Object body) {
            this(status, body, Map.of());
        }
    }

    /** A request body that is not a JSON object; the message says what it was instead. */
    public static final class NotAJsonObject extends Exception {
        NotAJsonObject(String message) {
            super(message);
        }
    }

    /** The contracts' error body, {@code code} first. */
    public static Map<String, Object> error(String code, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("message", message);
        return m;
    }

    /** The request's Authorization header is exactly {@code authorization}. */
    public static boolean authorized(HttpExchange exchange, String authorization) {
        return authorization.equals(exchange.getRequestHeaders().getFirst("Authorization"));
    }

    /** The body as a JSON object, or why not ("the body is not JSON: ...", "the body must be a JSON object"). */
    public static JsonNode readObject(ObjectMapper json, byte[] body) throws NotAJsonObject {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (IOException e) {
            throw new NotAJsonObject("the body is not JSON: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw new NotAJsonObject("the body must be a JSON object");
        }
        return node;
    }

    /** A field that is JSON text, else null (a number is not text). */
    public static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n != null && n.isTextual() ? n.asText() : null;
    }

    public static void send(ObjectMapper json, HttpExchange exchange, Answer answer) throws IOException {
        sendBytes(exchange, answer.status(), json.writeValueAsBytes(answer.body()), answer.headers());
    }

    /** A JSON body already written (a remembered first answer, replayed byte for byte). */
    public static void sendBytes(HttpExchange exchange, int status, byte[] body, Map<String, String> headers)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    public static void sendHtml(HttpExchange exchange, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** A slow answer's wait; an interrupt (the server stopping) ends it early. */
    public static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
