package com.brewline.store;

/**
 * What a database's schema is against what this Brewline knows: {@code found} 0 is an empty
 * database; above {@code known} it was written by a newer Brewline and is left alone.
 */
public record SchemaStatus(String engine, String location, int found, int known, String detail) {
    public boolean upToDate() {
        return found == known;
    }

    public boolean newer() {
        return found > known;
    }

    @Override
    public String toString() {
        String state = upToDate() ? "up to date" : newer() ? "written by a newer Brewline" : "needs migrating";
        return engine + " " + location + ": schema version " + found + " of " + known + " (" + state + ")"
                + (detail == null || detail.isBlank() ? "" : "; " + detail);
    }
}
