package com.brewline.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Moves every row of a SQLite store into an empty PostgreSQL store of the same schema version, in one
 * transaction on the target, then proves it: each table's rows are counted and checksummed on both sides
 * (SHA-256 of every row written out the same way, rows sorted, so neither engine's order or collation
 * matters). A difference, or a source column the target has no place for, rolls everything back.
 * The source is opened read-only and read in one snapshot.
 */
final class StoreCopy {
    /** Parents before children (foreign keys). */
    static final List<String> TABLES = com.brewline.store.schema.SchemaSteps.TABLES;
    private static final int BATCH = 500;

    record TableResult(String table, long sourceRows, long targetRows, String checksum, String targetChecksum) {
        boolean matches() {
            return sourceRows == targetRows && checksum.equals(targetChecksum);
        }
    }

    record Result(List<TableResult> tables, long rows, double seconds) {
    }

    @FunctionalInterface
    interface ConnectionSource {
        Connection open();
    }

    private StoreCopy() {
    }

    static Result copy(Path sqliteFile, ConnectionSource target) throws SQLException {
        long started = System.nanoTime();
        Properties readOnly = new Properties();
        readOnly.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        try (Connection src = DriverManager.getConnection("jdbc:sqlite:" + sqliteFile, readOnly);
             Connection dst = target.open()) {
            src.setAutoCommit(false); // one read transaction: one snapshot of the whole file
            dst.setAutoCommit(false);
            try {
                refuseUnknownTables(src);
                refuseUnlessEmpty(dst);
                List<TableResult> results = new ArrayList<>();
                long rows = 0;
                for (String table : TABLES) {
                    Map<String, String> targetTypes = targetColumns(dst, table);
                    List<String> columns = commonColumns(src, table, targetTypes);
                    rows += copyTable(src, dst, table, columns, targetTypes);
                    results.add(check(src, dst, table, columns, targetTypes));
                }
                fillQueueSequence(dst);
                resetIdentities(dst);
                List<TableResult> different = results.stream().filter(r -> !r.matches()).toList();
                if (!different.isEmpty()) {
                    dst.rollback();
                    throw new CliException("the copy differs from the source in " + different.stream()
                            .map(TableResult::table).toList() + ": nothing was kept");
                }
                dst.commit();
                return new Result(results, rows, (System.nanoTime() - started) / 1e9);
            } catch (SQLException | RuntimeException e) {
                dst.rollback();
                throw e;
            } finally {
                src.rollback();
            }
        }
    }

    /** A table this copy does not know would be left behind: refused before anything is written. */
    private static void refuseUnknownTables(Connection src) throws SQLException {
        try (Statement s = src.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            while (rs.next()) {
                if (!TABLES.contains(rs.getString(1))) {
                    throw new CliException("the SQLite store has a table db copy does not know, " + rs.getString(1)
                            + ": nothing was written (a newer Brewline's copy moves it)");
                }
            }
        }
    }

    private static void refuseUnlessEmpty(Connection dst) throws SQLException {
        for (String table : TABLES) {
            try (Statement s = dst.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new CliException("the PostgreSQL database already holds " + rs.getLong(1) + " row(s) in " + table
                            + ": db copy fills an empty store only, so nothing is merged or overwritten");
                }
            }
        }
    }

    /** Column name to PostgreSQL data type, in the table's order. */
    private static Map<String, String> targetColumns(Connection dst, String table) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (PreparedStatement ps = dst.prepareStatement("SELECT column_name, data_type FROM information_schema.columns "
                + "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return columns;
    }

    /** The source's columns, each of which must have a place in the target (nothing is dropped silently). */
    private static List<String> commonColumns(Connection src, String table, Map<String, String> targetTypes)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement s = src.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                String column = rs.getString("name");
                if (!targetTypes.containsKey(column)) {
                    throw new CliException("the SQLite store's " + table + "." + column
                            + " has no place in the PostgreSQL schema: copy refused, nothing written");
                }
                columns.add(column);
            }
        }
        if (columns.isEmpty()) {
            throw new CliException("the SQLite store has no table " + table);
        }
        return columns;
    }

    private static long copyTable(Connection src, Connection dst, String table, List<String> columns,
                                  Map<String, String> types) throws SQLException {
        String list = String.join(", ", columns);
        String marks = String.join(", ", columns.stream().map(c -> "?").toList());
        long rows = 0;
        try (Statement s = src.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + list + " FROM " + table);
             PreparedStatement insert = dst.prepareStatement("INSERT INTO " + table + " (" + list + ") "
                     + (hasIdentity(types, columns) ? "OVERRIDING SYSTEM VALUE " : "") + "VALUES (" + marks + ")")) {
            while (rs.next()) {
                for (int i = 0; i < columns.size(); i++) {
                    insert.setObject(i + 1, toTarget(rs, i + 1, types.get(columns.get(i))));
                }
                insert.addBatch();
                if (++rows % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return rows;
    }

    private static boolean hasIdentity(Map<String, String> types, List<String> columns) {
        return columns.contains("id");
    }

    private static Object toTarget(ResultSet rs, int index, String type) throws SQLException {
        Object value = rs.getObject(index);
        if (value == null) {
            return null;
        }
        return switch (type) {
            case "boolean" -> rs.getLong(index) != 0;
            case "date" -> LocalDate.parse(rs.getString(index));
            case "bigint", "integer", "smallint" -> rs.getLong(index);
            default -> rs.getString(index);
        };
    }

    /** One row as text the same way on both engines: booleans 0/1, dates ISO, numbers decimal, NULL as \N. */
    private static String canonical(ResultSet rs, int index, String type) throws SQLException {
        Object value = rs.getObject(index);
        if (value == null) {
            return "\\N";
        }
        return switch (type) {
            case "boolean" -> value instanceof Boolean b ? (b ? "1" : "0") : (rs.getLong(index) != 0 ? "1" : "0");
            case "bigint", "integer", "smallint" -> Long.toString(rs.getLong(index));
            default -> rs.getString(index);
        };
    }

    private static TableResult check(Connection src, Connection dst, String table, List<String> columns,
                                     Map<String, String> types) throws SQLException {
        Digest source = digest(src, table, columns, types);
        Digest copy = digest(dst, table, columns, types);
        return new TableResult(table, source.rows(), copy.rows(), source.sha256(), copy.sha256());
    }

    record Digest(long rows, String sha256) {
    }

    private static Digest digest(Connection c, String table, List<String> columns, Map<String, String> types)
            throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table)) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 0; i < columns.size(); i++) {
                    row.append(canonical(rs, i + 1, types.get(columns.get(i)))).append('\u001f');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String row : rows) {
                sha.update(row.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return new Digest(rows.size(), HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A paid order without its queue place (none should be: schema v4 gives each one) gets its PAID event's id. */
    private static void fillQueueSequence(Connection dst) throws SQLException {
        try (Statement s = dst.createStatement()) {
            s.executeUpdate("UPDATE orders o SET paid_seq = (SELECT max(e.id) FROM order_events e WHERE e.order_id = o.id "
                    + "AND e.to_status = 'PAID') WHERE o.paid_at IS NOT NULL AND o.paid_seq IS NULL");
        }
    }

    /** The next id of every table continues after the copied ones. */
    private static void resetIdentities(Connection dst) throws SQLException {
        try (Statement s = dst.createStatement()) {
            for (String table : TABLES) {
                if (!targetColumns(dst, table).containsKey("id")) {
                    continue;
                }
                s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), greatest((SELECT coalesce(max(id), 0) "
                        + "FROM " + table + "), 1), (SELECT count(*) > 0 FROM " + table + "))");
            }
        }
    }
}
