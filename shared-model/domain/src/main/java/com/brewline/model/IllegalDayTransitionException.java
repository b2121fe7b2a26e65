package com.brewline.model;

/** A business day change the day's life does not allow (pausing a closed day, closing when there is none). */
public class IllegalDayTransitionException extends IllegalStateException {
    public IllegalDayTransitionException(String message) {
        super(message);
    }
}
