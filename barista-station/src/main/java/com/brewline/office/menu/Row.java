package com.brewline.office.menu;

/** One element of a list in the editor: its id and how it is shown. */
public record Row(String id, String label) {
    @Override
    public String toString() {
        return label;
    }
}
