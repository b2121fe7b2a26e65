package com.brewline.notify;

import com.brewline.model.PhoneNumber;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One message as the contract's {@code POST /v1/messages} body: an AlimTalk template with its variables,
 * the SMS text used when AlimTalk cannot be delivered, and our reference. {@link #toString()} masks the
 * recipient.
 */
public record MessageRequest(String templateCode, PhoneNumber recipient, Map<String, String> variables,
                             String fallbackText, String clientReference) {
    public MessageRequest {
        Objects.requireNonNull(templateCode, "templateCode");
        Objects.requireNonNull(recipient, "recipient");
        variables = new LinkedHashMap<>(variables);
        if (clientReference == null || clientReference.isEmpty() || clientReference.length() > 300) {
            throw new IllegalArgumentException("clientReference must be 1..300 characters");
        }
    }

    /** The JSON body, in a fixed field order: the same message always makes the same bytes. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("templateCode", templateCode);
        body.put("recipient", recipient.digits());
        body.put("variables", variables);
        if (fallbackText != null) {
            Map<String, Object> fallback = new LinkedHashMap<>();
            fallback.put("type", "SMS");
            fallback.put("text", fallbackText);
            body.put("fallback", fallback);
        }
        body.put("clientReference", clientReference);
        return body;
    }

    @Override
    public String toString() {
        return "MessageRequest[" + templateCode + " to " + recipient.masked() + ", " + clientReference + "]";
    }
}
