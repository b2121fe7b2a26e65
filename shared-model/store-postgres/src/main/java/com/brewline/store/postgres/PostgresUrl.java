package com.brewline.store.postgres;

import com.brewline.store.StoreException;
import com.brewline.store.StoreLocation;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * A PostgreSQL location in libpq's URL form, {@code postgresql://user@host:5432/brewline?sslmode=require},
 * turned into what the JDBC driver takes. The password never comes from the URL (it would show on
 * command lines and in logs): it is read from BREWLINE_DB_PASSWORD, else PGPASSWORD, else the password
 * file; none at all is fine for servers that trust the LAN or use peer/cert authentication.
 */
record PostgresUrl(String host, int port, String database, String user, Map<String, String> parameters,
                   String password) {
    static final String PASSWORD_ENV = "BREWLINE_DB_PASSWORD";

    static boolean accepts(StoreLocation location) {
        String v = location.value();
        return v.startsWith("postgresql://") || v.startsWith("postgres://");
    }

    static PostgresUrl parse(StoreLocation location) {
        return parse(location, System.getenv());
    }

    static PostgresUrl parse(StoreLocation location, Map<String, String> env) {
        String text = location.value();
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new StoreException("The database URL '" + text + "' is not a URL: " + e.getReason()
                    + " (expected postgresql://user@host:5432/brewline)");
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && userInfo.contains(":")) {
            throw new StoreException("The database URL must not contain a password (it would show on command lines and in "
                    + "logs): remove it and set " + PASSWORD_ENV + " or database.passwordFile instead");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new StoreException("The database URL '" + safe(text) + "' names no server (expected postgresql://user@host:5432/brewline)");
        }
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
        String user = userInfo != null ? decode(userInfo) : System.getProperty("user.name");
        String database = path.isBlank() ? user : decode(path);
        if (!database.matches("[A-Za-z0-9_$-]{1,63}")) {
            throw new StoreException("The database name '" + database + "' in " + safe(text)
                    + " is not a plain PostgreSQL name (letters, digits, _ and -)");
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.isBlank()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                if (key.equalsIgnoreCase("password")) {
                    throw new StoreException("The database URL must not contain a password: set " + PASSWORD_ENV
                            + " or database.passwordFile instead");
                }
                params.put(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return new PostgresUrl(host, port, database, user, params, password(location, env));
    }

    private static String password(StoreLocation location, Map<String, String> env) {
        Path file = location.passwordFile();
        if (file != null) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new StoreException("Cannot read the database password file " + file + ": " + e.getMessage(), e);
            }
        }
        String fromEnv = env.get(PASSWORD_ENV);
        if (fromEnv == null || fromEnv.isEmpty()) {
            fromEnv = env.get("PGPASSWORD");
        }
        return fromEnv == null || fromEnv.isEmpty() ? null : fromEnv;
    }

    String jdbcUrl() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + database;
    }

    /** The driver's settings: the URL's own parameters, then timeouts so that no call waits forever. */
    Properties driverProperties() {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("ApplicationName", "brewline");
        p.setProperty("connectTimeout", "5");     // seconds to open a connection
        p.setProperty("socketTimeout", "60");     // a server gone silent mid-query (cable pulled) ends the call
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("loginTimeout", "10");
        parameters.forEach((k, v) -> p.setProperty(libpqToJdbc(k), v));
        return p;
    }

    private static String libpqToJdbc(String key) {
        return switch (key) {
            case "connect_timeout" -> "connectTimeout";
            case "application_name" -> "ApplicationName";
            default -> key; // sslmode, sslrootcert, ... have the same names in both
        };
    }

    /** The location for messages and logs: never a password. */
    String describe() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** A URL as typed, with anything between "//" and "@" cut to the user name. */
    static String safe(String url) {
        return url.replaceFirst("//([^:@/]*):[^@/]*@", "//$1@");
    }

    @Override
    public String toString() {
        return describe();
    }
}
