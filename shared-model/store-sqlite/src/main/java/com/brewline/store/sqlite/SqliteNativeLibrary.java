package com.brewline.store.sqlite;

import com.brewline.config.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.UserPrincipal;

/**
 * sqlite-jdbc extracts its native library into the temp folder under a new name in every JVM, and every
 * starting JVM first deletes the copies it believes stale ("sqlite-&lt;version&gt;-*" without a ".lck" file).
 * Several Brewline processes starting at once (the demo, simulate's workers) race to delete the same stale
 * copy, and the losers print "Failed to delete old native lib" with a stack trace. So the library is
 * extracted once per user and version into a folder of our own, loaded from there
 * ({@code org.sqlite.lib.path}), and sqlite-jdbc's clean-up looks in that folder, where nothing matches its
 * pattern. Anything unusual (another user's folder, no write access) leaves sqlite-jdbc's own behaviour.
 */
final class SqliteNativeLibrary {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteNativeLibrary.class);
    private static boolean prepared;

    private SqliteNativeLibrary() {
    }

    static synchronized void prepareOnce() {
        if (prepared || System.getProperty("org.sqlite.lib.path") != null) {
            prepared = true;
            return; // done, or an operator chose the library
        }
        prepared = true;
        try {
            String name = LibraryLoaderUtil.getNativeLibName();
            String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
            Path base = Path.of(System.getProperty("java.io.tmpdir"),
                    "brewline-sqlite-" + System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_"));
            PrivateFiles.createFolders(base);
            if (!ownedByMe(base)) {
                LOG.warn("{} belongs to another user: sqlite-jdbc extracts its library as usual", base);
                return;
            }
            Path folder = base.resolve(SQLiteJDBCLoader.getVersion());
            PrivateFiles.createFolders(folder);
            Path library = folder.resolve(name);
            try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
                if (in == null) {
                    return; // no bundled library for this platform: sqlite-jdbc searches java.library.path itself
                }
                byte[] bytes = in.readAllBytes();
                if (!Files.isRegularFile(library) || Files.size(library) != bytes.length) {
                    // written aside, then moved in one step: a process starting meanwhile never loads half a file
                    Path part = Files.createTempFile(folder, name, ".part");
                    Files.write(part, bytes);
                    Files.move(part, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            System.setProperty("org.sqlite.lib.path", folder.toString());
            System.setProperty("org.sqlite.lib.name", name);
            System.setProperty("org.sqlite.tmpdir", base.toString());
        } catch (IOException | RuntimeException e) {
            LOG.debug("the SQLite native library stays with sqlite-jdbc's own extraction", e);
        }
    }

    private static boolean ownedByMe(Path folder) throws IOException {
        if (!folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return true; // Windows: the temp folder is the user's own
        }
        UserPrincipal owner = Files.getOwner(folder);
        return owner.getName().equals(System.getProperty("user.name"));
    }
}
