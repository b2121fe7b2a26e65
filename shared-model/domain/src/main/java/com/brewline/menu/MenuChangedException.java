package com.brewline.menu;

import java.nio.file.Path;

/** The menu file was saved by someone else since it was opened here: reopen it, then edit again. */
public final class MenuChangedException extends RuntimeException {
    public MenuChangedException(Path file) {
        super(file + " was changed elsewhere since it was opened; open it again to see that change first");
    }
}
