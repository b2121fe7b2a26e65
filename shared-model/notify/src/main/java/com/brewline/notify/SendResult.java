package com.brewline.notify;

import java.time.Duration;

/** What became of one send: accepted (now or earlier), refused for good, or to be tried again later. */
public sealed interface SendResult {
    /** The provider has the message (this answer, a replay of the first, or found by its clientReference). */
    record Accepted(String messageId, String channel) implements SendResult {
    }

    /** A final refusal (contract: 4xx other than 408, 409, 429): never retried; {@code why} is recorded. */
    record Refused(int httpStatus, String code, String why) implements SendResult {
    }

    /** Temporary: try again later with the same key; {@code retryAfter} is the provider's wish, if it said one. */
    record Temporary(String code, String why, Duration retryAfter) implements SendResult {
    }
}
