package com.brewline.menu;

import com.brewline.json.JsonLocations;

import com.brewline.model.Menu;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Reads the cafe's menu from JSON (the format of {@code default-menu.json}) and validates it. Any problem
 * is a {@link MenuException} naming the file, line, column, JSON path and reason. An item's {@code image}
 * is a path relative to the menu file; the loaded {@link com.brewline.model.MenuItem#image()} is its URL
 * (a file that is missing or cannot be shown is the kiosk's to replace with the category's picture).
 */
public final class MenuLoader {
    /** The menu shipped with Brewline, on the classpath. */
    public static final String DEFAULT_RESOURCE = "/com/brewline/menu/default-menu.json";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private MenuLoader() {
    }

    /** @throws MenuException when the file cannot be read or is not a valid menu */
    public static Menu load(Path file) {
        String source = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new MenuException(source, 0, 0, "", "cannot read the file (" + describe(e) + ")", e);
        }
        Path dir = file.toAbsolutePath().getParent();
        return parse(bytes, source, image -> insideFolder(dir, image));
    }

    /**
     * The image's URL when it is a file inside {@code dir}, also after following symbolic links; null
     * otherwise (the reader has already refused paths that lead out by their text).
     */
    static String insideFolder(Path dir, String image) {
        Path imageFile = dir.resolve(image).normalize();
        if (!imageFile.startsWith(dir)) {
            return null;
        }
        if (Files.exists(imageFile, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                if (!Files.isRegularFile(imageFile) || !imageFile.toRealPath().startsWith(dir.toRealPath())) {
                    return null;
                }
            } catch (IOException e) {
                return null;
            }
        }
        // a picture not there (yet) is no reason to refuse the menu: the kiosk shows the category's picture
        return imageFile.toUri().toString();
    }

    /** The configured menu file, or the bundled menu when none is configured ({@code file} null). */
    public static Menu loadOrDefault(Path file) {
        return file == null ? loadDefault() : load(file);
    }

    /** The bundled default menu. */
    public static Menu loadDefault() {
        try (InputStream in = MenuLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new MenuException(DEFAULT_RESOURCE, 0, 0, "", "the bundled menu is missing from the classpath");
            }
            return parse(in.readAllBytes(), "classpath:" + DEFAULT_RESOURCE, image -> {
                URL url = MenuLoader.class.getResource(image.startsWith("/") ? image
                        : DEFAULT_RESOURCE.substring(0, DEFAULT_RESOURCE.lastIndexOf('/') + 1) + image);
                return url == null ? null : url.toExternalForm();
            });
        } catch (IOException e) {
            throw new MenuException(DEFAULT_RESOURCE, 0, 0, "", "cannot read the bundled menu (" + describe(e) + ")", e);
        }
    }

    /**
     * Parses menu JSON from memory. {@code imageResolver} maps an item's image reference to a URL, or to
     * null when no such image exists.
     */
    public static Menu parse(byte[] utf8Json, String source, Function<String, String> imageResolver) {
        String text = decodeUtf8(utf8Json, source);
        JsonLocations locations;
        JsonNode root;
        try (JsonParser parser = FACTORY.createParser(text)) {
            locations = JsonLocations.scan(parser);
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new MenuException(source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "",
                    "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new MenuException(source, 0, 0, "", "cannot read (" + describe(e) + ")", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new MenuException(source, 0, 0, "", "the file is empty");
        }
        return new MenuReader(new JsonFields(source, locations), imageResolver).read(root);
    }

    private static String decodeUtf8(byte[] bytes, String source) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString()
                    .replaceFirst("^\uFEFF", ""); // editors on Windows may save a byte-order mark
        } catch (CharacterCodingException e) {
            throw new MenuException(source, 0, 0, "", "the file is not UTF-8 text", e);
        }
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }
}
