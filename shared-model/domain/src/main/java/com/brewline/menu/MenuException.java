package com.brewline.menu;

/**
 * A menu file that cannot be used. The message names the file, the place in it (line, column and
 * a path such as {@code items[3].price}) and the reason, so whoever edits the file can fix it.
 */
public class MenuException extends RuntimeException {
    private final String source;
    private final int line;
    private final int column;
    private final String jsonPath;
    private final String reason;

    public MenuException(String source, int line, int column, String jsonPath, String reason) {
        this(source, line, column, jsonPath, reason, null);
    }

    public MenuException(String source, int line, int column, String jsonPath, String reason, Throwable cause) {
        super(format(source, line, column, jsonPath, reason), cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.jsonPath = jsonPath;
        this.reason = reason;
    }

    private static String format(String source, int line, int column, String jsonPath, String reason) {
        StringBuilder sb = new StringBuilder("Menu ").append(source);
        if (line > 0) {
            sb.append(", line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
        }
        if (jsonPath != null && !jsonPath.isEmpty()) {
            sb.append(", at ").append(jsonPath);
        }
        return sb.append(": ").append(reason).toString();
    }

    /** The file (or classpath resource) the menu came from. */
    public String source() {
        return source;
    }

    /** 1-based line, 0 when the problem is not at one place in the file. */
    public int line() {
        return line;
    }

    /** 1-based column, 0 when unknown. */
    public int column() {
        return column;
    }

    /** Path of the offending JSON value, e.g. {@code items[3].price}; empty for the whole document. */
    public String jsonPath() {
        return jsonPath;
    }

    public String reason() {
        return reason;
    }
}
