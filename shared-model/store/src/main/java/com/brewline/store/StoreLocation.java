package com.brewline.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the order store lives, as the configuration's {@code database} or {@code --db} says: a SQLite
 * file path, or a PostgreSQL URL in libpq's form ({@code postgresql://user@host:5432/brewline}).
 * The password is never part of it: it comes from {@code passwordFile}, or from the environment
 * (BREWLINE_DB_PASSWORD, then PGPASSWORD), so it never shows on a command line.
 */
public record StoreLocation(String value, Path passwordFile) {
    public StoreLocation {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("the database location is empty");
        }
    }

    public static StoreLocation of(String value) {
        return new StoreLocation(value, null);
    }

    public static StoreLocation of(Path file) {
        return new StoreLocation(file.toString(), null);
    }

    /** A URL (scheme://...) rather than a file path. */
    public boolean isUrl() {
        return value.matches("[A-Za-z][A-Za-z0-9+.-]*://.*");
    }

    @Override
    public String toString() {
        return value;
    }
}
