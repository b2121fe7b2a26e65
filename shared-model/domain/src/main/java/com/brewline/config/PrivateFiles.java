package com.brewline.config;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * The database and the logs hold sales: what Brewline creates is readable by its owner only (folders 0700,
 * files 0600 on POSIX; on Windows the folder's ACLs are left as they are). Existing files and folders are
 * never changed.
 */
public final class PrivateFiles {
    private PrivateFiles() {
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Creates the folder and any missing parents, each new one owner-only. */
    public static Path createFolders(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        List<Path> missing = new ArrayList<>();
        for (Path p = absolute; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            try {
                if (posix(p)) {
                    Files.createDirectory(p, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectory(p);
                }
            } catch (FileAlreadyExistsException e) {
                // made by another process meanwhile: theirs to keep
            }
        }
        return folder;
    }

    /** Creates an empty owner-only file when it does not exist yet; an existing file is left as it is. */
    public static Path createFileIfMissing(Path file) throws IOException {
        try {
            FileAttribute<?>[] attributes = posix(file)
                    ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                    : new FileAttribute<?>[0];
            Files.createFile(file, attributes);
        } catch (FileAlreadyExistsException e) {
            // already there: not ours to change
        }
        return file;
    }
}
