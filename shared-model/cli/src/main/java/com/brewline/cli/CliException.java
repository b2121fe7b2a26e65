package com.brewline.cli;

/** A command failed for a reason its message explains fully; printed without a stack trace. */
final class CliException extends RuntimeException {
    CliException(String message) {
        super(message);
    }

    CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
