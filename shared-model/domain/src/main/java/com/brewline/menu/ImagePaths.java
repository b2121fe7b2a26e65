package com.brewline.menu;

import java.util.Locale;

/**
 * An item's {@code image} is a path inside the menu's folder: relative, with no way up or out.
 * Checked on the text before anything is resolved, so the rule holds for a file on disk and for
 * the bundled menu on the classpath alike; {@link MenuLoader} also checks the resolved file
 * (symbolic links) against the folder.
 */
final class ImagePaths {
    /** The picture formats JavaFX reads. */
    static final java.util.Set<String> EXTENSIONS = java.util.Set.of("png", "jpg", "jpeg", "gif", "bmp");

    private ImagePaths() {
    }

    /** Why {@code image} may not be used, or null when it is a plain path inside the menu's folder. */
    static String whyOutsideTheMenuFolder(String image) {
        if (image.length() > MenuLimits.MAX_IMAGE_PATH_LENGTH) {
            return "is longer than " + MenuLimits.MAX_IMAGE_PATH_LENGTH + " characters";
        }
        if (image.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "contains control characters";
        }
        if (image.startsWith("/") || image.startsWith("\\") || image.matches("^[A-Za-z]:.*")) {
            return "is an absolute path: give a path relative to the menu's folder";
        }
        if (image.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return "is a URL: give a file path relative to the menu's folder";
        }
        for (String part : image.split("[/\\\\]")) {
            if (part.equals("..")) {
                return "leads out of the menu's folder (\"..\")";
            }
        }
        int dot = image.lastIndexOf('.');
        String extension = dot < 0 ? "" : image.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!EXTENSIONS.contains(extension)) {
            return "is not a PNG, JPEG, GIF or BMP picture (the kiosk cannot show \"." + extension + "\")";
        }
        return null;
    }
}
