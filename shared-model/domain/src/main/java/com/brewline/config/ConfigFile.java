package com.brewline.config;

import com.brewline.json.AtomicFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Changes one field of the configuration file from a screen: every other field kept as it was, the file
 * checked by the configuration's own rules before (a file that is not ours is refused untouched) and after,
 * then replaced in one step. A missing file is created.
 */
public final class ConfigFile {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ConfigFile() {
    }

    /**
     * @param section a top-level object such as {@code kiosk}, or null for a top-level field
     * @throws ConfigException naming the file when it is not a valid configuration or cannot be written
     */
    public static void put(Path configFile, ConfigLoader loader, String section, String field, String value) {
        try {
            String text;
            try {
                text = Files.readString(configFile, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                text = "{}";
            }
            loader.parse(text, configFile.toString());
            JsonNode root = MAPPER.readTree(text);
            ObjectNode object = root instanceof ObjectNode o ? o : MAPPER.createObjectNode();
            ObjectNode target = object;
            if (section != null) {
                JsonNode s = object.get(section);
                target = s instanceof ObjectNode so ? so : object.putObject(section);
            }
            target.put(field, value);
            String written = MAPPER.writeValueAsString(object) + "\n";
            loader.parse(written, configFile.toString());
            Path file = configFile.toAbsolutePath();
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, written.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigException(configFile + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }
}
