package com.brewline.notify;

/** The contract's lookup answer, as far as a sender needs it. */
public record MessageStatus(String messageId, String clientReference, String status, String channel,
                            String failureCode) {
}
