package com.brewline.menu;

import com.brewline.model.Menu;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The menu file on disk with its earlier versions. A save validates by the menu rule, keeps the file it
 * replaces as a numbered version in {@code menu-versions/} beside it, writes a temporary file in the same
 * folder, syncs it and moves it over the menu in one step: a kiosk reading at any moment sees the old menu
 * or the new one, never half of one. Saves from two offices are serialised by a lock file, and a save over
 * a menu changed since it was opened is refused (the other change would be lost silently).
 */
public final class MenuFiles {
    public static final String VERSIONS_DIR = "menu-versions";
    public static final String IMAGES_DIR = "images";
    /** Versions kept; the oldest beyond this are removed. */
    public static final int MAX_VERSIONS = 200;
    /** A picture larger than this is refused (kiosk tiles are small; a camera original is not). */
    public static final long MAX_IMAGE_BYTES = 5L * 1024 * 1024;
    private static final Pattern VERSION_NAME = Pattern.compile("menu-(\\d{4,9})\\.json");

    private final Path menuFile;

    public MenuFiles(Path menuFile) {
        this.menuFile = menuFile.toAbsolutePath().normalize();
    }

    public Path menuFile() {
        return menuFile;
    }

    public Path versionsDir() {
        return menuFile.getParent().resolve(VERSIONS_DIR);
    }

    /** The menu as it is on disk, to be edited. */
    public record Opened(MenuDocument document, String baseline) {
    }

    /** One earlier version, newest first in {@link #versions()}. */
    public record Version(int number, Instant savedAt, Path file) {
    }

    /** The menu file, or the bundled menu when there is no file yet (the first save creates it). */
    public Opened open() {
        byte[] bytes = readCurrent();
        if (bytes == null) {
            try (InputStream in = MenuLoader.class.getResourceAsStream(MenuLoader.DEFAULT_RESOURCE)) {
                return new Opened(MenuDocument.parse(in.readAllBytes(), "bundled menu"), null);
            } catch (IOException e) {
                throw new MenuException(MenuLoader.DEFAULT_RESOURCE, 0, 0, "", "cannot read the bundled menu", e);
            }
        }
        return new Opened(MenuDocument.parse(bytes, menuFile.toString()), hash(bytes));
    }

    /** Images referenced by the menu are relative to the menu's folder, as {@link MenuLoader#load} reads them. */
    public Function<String, String> imageResolver() {
        Path dir = menuFile.getParent();
        return image -> MenuLoader.insideFolder(dir, image);
    }

    public Menu validate(MenuDocument document) {
        return document.validate(menuFile.toString(), imageResolver());
    }

    /**
     * Validates and saves; the file replaced becomes the next numbered version.
     *
     * @param baseline what {@link #open()} (or the last save) returned: the save is refused when the file
     *                 changed since
     * @return the new baseline
     * @throws MenuException naming the field when the menu is not valid (nothing is written)
     * @throws MenuChangedException when the file was changed by someone else since it was opened
     */
    public String save(MenuDocument document, String baseline) {
        Menu valid = validate(document);
        byte[] bytes = document.toBytes();
        try {
            Files.createDirectories(menuFile.getParent());
            try (FileChannel lockChannel = FileChannel.open(menuFile.getParent().resolve(".menu.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lockChannel.lock()) {
                byte[] current = readCurrent();
                String now = current == null ? null : hash(current);
                if (!java.util.Objects.equals(now, baseline)) {
                    throw new MenuChangedException(menuFile);
                }
                if (current == null) {
                    copyBundledPictures(document);
                }
                if (current != null) {
                    Path versions = Files.createDirectories(versionsDir());
                    writeAtomically(versions.resolve(String.format("menu-%04d.json", nextVersion())), current);
                    pruneVersions();
                }
                writeAtomically(menuFile, bytes);
            }
        } catch (IOException e) {
            throw new MenuException(menuFile.toString(), 0, 0, "", "cannot save the menu (" + e.getMessage() + ")", e);
        }
        assert valid != null;
        return hash(bytes);
    }

    /**
     * The first save of a menu that started as the bundled one: the bundled pictures it names are copied
     * beside it (never over a file already there), so the kiosk shows the same menu.
     */
    private void copyBundledPictures(MenuDocument document) throws IOException {
        String base = MenuLoader.DEFAULT_RESOURCE.substring(0, MenuLoader.DEFAULT_RESOURCE.lastIndexOf('/') + 1);
        java.util.Set<String> images = new java.util.TreeSet<>();
        document.root().findValues("image").forEach(n -> {
            if (n.isTextual()) {
                images.add(n.textValue());
            }
        });
        Path dir = menuFile.getParent();
        for (String image : images) {
            Path target = dir.resolve(image).normalize();
            if (!target.startsWith(dir) || Files.exists(target) || image.contains("..")) {
                continue;
            }
            try (InputStream in = MenuLoader.class.getResourceAsStream(base + image)) {
                if (in != null) {
                    Files.createDirectories(target.getParent());
                    writeAtomically(target, in.readAllBytes());
                }
            }
        }
    }

    /** Earlier versions, newest first. */
    public List<Version> versions() {
        if (!Files.isDirectory(versionsDir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(versionsDir())) {
            List<Version> out = new ArrayList<>();
            for (Path f : files.toList()) {
                Matcher m = VERSION_NAME.matcher(f.getFileName().toString());
                if (m.matches()) {
                    out.add(new Version(Integer.parseInt(m.group(1)), Files.getLastModifiedTime(f).toInstant(), f));
                }
            }
            out.sort(Comparator.comparingInt(Version::number).reversed());
            return out;
        } catch (IOException e) {
            throw new MenuException(versionsDir().toString(), 0, 0, "", "cannot list the versions (" + e.getMessage() + ")", e);
        }
    }

    /** An earlier version as a document to look at or to save again (undo). */
    public MenuDocument readVersion(Version version) {
        try {
            return MenuDocument.parse(Files.readAllBytes(version.file()), version.file().toString());
        } catch (IOException e) {
            throw new MenuException(version.file().toString(), 0, 0, "", "cannot read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Copies a picture into the menu's {@code images/} folder and returns the path to write in the menu.
     * Only PNG, JPEG, GIF and BMP (what JavaFX shows), recognised by their first bytes, up to
     * {@link #MAX_IMAGE_BYTES}; the source is never changed.
     */
    public String importImage(Path source) {
        try {
            long size = Files.size(source);
            if (size > MAX_IMAGE_BYTES) {
                throw new MenuException(source.toString(), 0, 0, "image", "the picture is " + size / 1024
                        + " KB; at most " + MAX_IMAGE_BYTES / 1024 / 1024 + " MB");
            }
            byte[] bytes = Files.readAllBytes(source);
            String ext = imageType(bytes);
            if (ext == null) {
                throw new MenuException(source.toString(), 0, 0, "image",
                        "not a PNG, JPEG, GIF or BMP picture (the kiosk shows only these)");
            }
            String base = source.getFileName().toString().replaceFirst("\\.[^.]*$", "")
                    .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
            if (base.isEmpty()) {
                base = "picture";
            }
            Path dir = Files.createDirectories(menuFile.getParent().resolve(IMAGES_DIR));
            Path target = dir.resolve(base + "." + ext);
            for (int n = 2; Files.exists(target) && !Arrays.equals(Files.readAllBytes(target), bytes); n++) {
                target = dir.resolve(base + "-" + n + "." + ext);
            }
            if (!Files.exists(target)) {
                writeAtomically(target, bytes);
            }
            return IMAGES_DIR + "/" + target.getFileName();
        } catch (IOException e) {
            throw new MenuException(source.toString(), 0, 0, "image", "cannot copy the picture (" + e.getMessage() + ")", e);
        }
    }

    static String imageType(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "png";
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "jpg";
        }
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return "gif";
        }
        if (b.length >= 2 && b[0] == 'B' && b[1] == 'M') {
            return "bmp";
        }
        return null;
    }

    private byte[] readCurrent() {
        try {
            return Files.readAllBytes(menuFile);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new MenuException(menuFile.toString(), 0, 0, "", "cannot read the menu (" + e.getMessage() + ")", e);
        }
    }

    private int nextVersion() {
        return versions().stream().mapToInt(Version::number).max().orElse(0) + 1;
    }

    private void pruneVersions() throws IOException {
        List<Version> all = versions();
        for (Version old : all.subList(Math.min(all.size(), MAX_VERSIONS), all.size())) {
            Files.deleteIfExists(old.file());
        }
    }

    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        com.brewline.json.AtomicFiles.write(target, bytes);
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
