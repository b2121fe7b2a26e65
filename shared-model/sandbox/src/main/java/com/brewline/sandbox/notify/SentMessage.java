package com.brewline.sandbox.notify;

import java.util.Map;

/**
 * A message the sandbox accepted, as its list shows it. {@code recipient} is masked (010-****-5678);
 * times are ISO-8601 with the Seoul offset; {@code text} is what the customer's phone shows (the AlimTalk template filled in, or the SMS fallback).
 */
public record SentMessage(String messageId, String clientReference, String templateCode, String recipient,
                          Map<String, String> variables, String text, String status, String channel,
                          String acceptedAt, String updatedAt, String failureCode) {
}
