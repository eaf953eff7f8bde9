package vn.xuatxu.api.platform.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A logical dump of one MariaDB schema as SQL, one statement per line: each table's {@code CREATE TABLE}
 * as the server reports it, then its rows as multi-row {@code INSERT}s. All tables are read in one
 * consistent snapshot, so the dump is a single point in time even while the server keeps writing. Values
 * are written as literals the server reads back unchanged (text escaped, binary as hex, times as the
 * server prints them, so no time zone is ever applied).
 */
final class DatabaseDump {

    private static final int ROWS_PER_INSERT = 200;

    private DatabaseDump() {
    }

    /** Writes the dump and returns the row count of every table, in the order written. */
    static Map<String, Long> write(Connection connection, Writer out, Consumer<String> progress)
            throws SQLException, IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            session(statement);
            statement.execute("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ");
            statement.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
            out.write("SET FOREIGN_KEY_CHECKS=0;\n");
            for (String table : tables(statement)) {
                try (ResultSet create = statement.executeQuery("SHOW CREATE TABLE `" + table + "`")) {
                    create.next();
                    out.write(oneLine(create.getString(2)) + ";\n");
                }
                long rows = rows(connection, table, out);
                counts.put(table, rows);
                progress.accept(table + ": " + rows + " rows");
            }
            out.write("SET FOREIGN_KEY_CHECKS=1;\n");
            statement.execute("COMMIT");
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return counts;
    }

    /** Runs a dump written by {@link #write} against an empty schema, statement by statement. */
    static long load(Connection connection, BufferedReader in) throws SQLException, IOException {
        long statements = 0;
        try (Statement statement = connection.createStatement()) {
            session(statement);
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                statement.execute(line.endsWith(";") ? line.substring(0, line.length() - 1) : line);
                statements++;
            }
        }
        return statements;
    }

    /** Times read and written in UTC and backslash escapes on, whatever the server's defaults. */
    private static void session(Statement statement) throws SQLException {
        statement.execute("SET time_zone = '+00:00'");
        statement.execute("SET SESSION sql_mode = REPLACE(@@sql_mode, 'NO_BACKSLASH_ESCAPES', '')");
    }

    /** The schema's tables, sorted so the dump is reproducible. */
    static List<String> tables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet names = statement.executeQuery("SELECT TABLE_NAME FROM information_schema.TABLES "
                + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (names.next()) {
                tables.add(names.getString(1));
            }
        }
        return tables;
    }

    private static long rows(Connection connection, String table, Writer out) throws SQLException, IOException {
        long rows = 0;
        try (Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(1000);
            String columns = String.join(",", storedColumns(connection, table));
            try (ResultSet result = statement.executeQuery("SELECT " + columns + " FROM `" + table + "`")) {
                ResultSetMetaData meta = result.getMetaData();
                String insert = insertPrefix(table, meta);
                int inStatement = 0;
                while (result.next()) {
                    out.write(inStatement == 0 ? insert : ",");
                    out.write(row(result, meta));
                    rows++;
                    if (++inStatement == ROWS_PER_INSERT) {
                        out.write(";\n");
                        inStatement = 0;
                    }
                }
                if (inStatement > 0) {
                    out.write(";\n");
                }
            }
        }
        return rows;
    }

    /** The table's columns that hold values; generated columns are computed again by the server. */
    private static List<String> storedColumns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (var query = connection.prepareStatement("SELECT COLUMN_NAME FROM information_schema.COLUMNS "
                + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND IS_GENERATED = 'NEVER' ORDER BY ORDINAL_POSITION")) {
            query.setString(1, table);
            try (ResultSet names = query.executeQuery()) {
                while (names.next()) {
                    columns.add("`" + names.getString(1) + "`");
                }
            }
        }
        return columns;
    }

    private static String insertPrefix(String table, ResultSetMetaData meta) throws SQLException {
        StringBuilder columns = new StringBuilder("INSERT INTO `").append(table).append("` (");
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            columns.append(c > 1 ? "," : "").append('`').append(meta.getColumnName(c)).append('`');
        }
        return columns.append(") VALUES ").toString();
    }

    private static String row(ResultSet result, ResultSetMetaData meta) throws SQLException {
        StringBuilder row = new StringBuilder("(");
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            if (c > 1) {
                row.append(',');
            }
            row.append(literal(result, meta.getColumnType(c), c));
        }
        return row.append(')').toString();
    }

    static String literal(ResultSet result, int type, int column) throws SQLException {
        switch (type) {
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] bytes = result.getBytes(column);
                return bytes == null ? "NULL" : "X'" + HexFormat.of().formatHex(bytes) + "'";
            }
            case Types.BIT, Types.BOOLEAN, Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> {
                long value = result.getLong(column);
                return result.wasNull() ? "NULL" : Long.toString(value);
            }
            case Types.DECIMAL, Types.NUMERIC, Types.REAL, Types.FLOAT, Types.DOUBLE -> {
                BigDecimal value = result.getBigDecimal(column);
                return value == null ? "NULL" : value.toPlainString();
            }
            default -> {
                String value = result.getString(column);
                return value == null ? "NULL" : quoted(value);
            }
        }
    }

    /** A string literal safe on one line: quotes, backslashes and control characters escaped. */
    static String quoted(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\'' -> quoted.append("\\'");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\0' -> quoted.append("\\0");
                case '\u001a' -> quoted.append("\\Z");
                default -> quoted.append(ch);
            }
        }
        return quoted.append('\'').toString();
    }

    /** DDL as one line; the server's own formatting has newlines only between clauses, never in literals we keep. */
    private static String oneLine(String ddl) {
        return ddl.replace("\r", " ").replace("\n", " ");
    }
}
