package com.brewline.slip;

/** A slip could not be printed; {@code problem} says what staff must look at. */
public final class PrinterException extends Exception {
    public enum Problem { UNREACHABLE, OUT_OF_PAPER, COVER_OPEN, WRITE_FAILED }

    private final Problem problem;

    public PrinterException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
