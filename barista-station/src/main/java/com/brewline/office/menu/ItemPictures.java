package com.brewline.office.menu;

import com.brewline.menu.MenuFiles;
import com.brewline.menu.MenuLoader;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where an item's picture is for the office's tile preview. */
final class ItemPictures {
    private ItemPictures() {
    }

    /**
     * Beside the menu file, or, for the bundled menu before its first save (which copies its pictures beside the new
     * file), still in the program; null when there is none.
     *
     * @param notSavedYet the office shows the bundled menu, never saved to a file of the shop's
     */
    static String url(MenuFiles files, boolean notSavedYet, String ref) {
        if (ref == null) {
            return null;
        }
        String url = files.imageResolver().apply(ref);
        if (notSavedYet && !ref.contains("..") && (url == null || !existsAt(url))) {
            String base = MenuLoader.DEFAULT_RESOURCE.substring(0, MenuLoader.DEFAULT_RESOURCE.lastIndexOf('/') + 1);
            URL bundled = MenuLoader.class.getResource(base + ref);
            if (bundled != null) {
                return bundled.toExternalForm();
            }
        }
        return url;
    }

    private static boolean existsAt(String url) {
        try {
            return Files.isRegularFile(Path.of(URI.create(url)));
        } catch (RuntimeException e) { // not a file URL
            return false;
        }
    }
}
