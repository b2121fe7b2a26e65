package com.brewline.ordering;

/**
 * An order line or cart change that the menu does not allow; nothing was changed. {@link #field()} names
 * what was wrong ({@code itemId}, {@code quantity}, {@code options.size}...) so a screen can point at it.
 */
public class OrderLineException extends IllegalArgumentException {
    private final String field;

    public OrderLineException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
