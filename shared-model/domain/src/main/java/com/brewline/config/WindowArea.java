package com.brewline.config;

import java.util.Optional;

/**
 * Where a screen's window goes when it does not take a whole monitor (the demo puts the kiosk, the
 * barista station and the pickup board side by side on one screen): fractions of the screen's
 * usable area, given as {@code -Dbrewline.window=x,y,width,height}, e.g. {@code 0.3,0,0.7,0.6}.
 */
public record WindowArea(double x, double y, double width, double height) {
    public static final String PROPERTY = "brewline.window";

    public WindowArea {
        if (x < 0 || y < 0 || width <= 0 || height <= 0 || x + width > 1.0001 || y + height > 1.0001) {
            throw new IllegalArgumentException(PROPERTY + " must be four fractions x,y,width,height of the screen"
                    + " that fit on it, was " + x + "," + y + "," + width + "," + height);
        }
    }

    public static Optional<WindowArea> fromSystemProperty() {
        String value = System.getProperty(PROPERTY);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(parse(value));
    }

    public static WindowArea parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException(PROPERTY + " must be x,y,width,height, was '" + text + "'");
        }
        try {
            return new WindowArea(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()),
                    Double.parseDouble(parts[2].trim()), Double.parseDouble(parts[3].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PROPERTY + " must be four numbers, was '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return x + "," + y + "," + width + "," + height;
    }
}
