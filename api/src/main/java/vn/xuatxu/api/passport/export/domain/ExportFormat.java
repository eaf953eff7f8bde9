package vn.xuatxu.api.passport.export.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The flat formats of a bulk export. Both write one passport per line so a reader can process the file as it
 * arrives: JSON lines (one JSON object per line, UTF-8) and CSV (RFC 4180, UTF-8 with a byte-order mark so
 * spreadsheet programs show Vietnamese correctly, a header line naming {@link PassportRow#fields()}).
 */
public enum ExportFormat {
    JSON_LINES("jsonl", "application/x-ndjson; charset=utf-8") {
        @Override
        public String header() {
            return "";
        }

        @Override
        public String line(PassportRow row) {
            try {
                return JSON.writeValueAsString(row.fields()) + "\n";
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A passport row cannot be written as JSON", e);
            }
        }
    },
    CSV("csv", "text/csv; charset=utf-8") {
        @Override
        public String header() {
            return "\uFEFF" + String.join(",", PassportRow.COLUMNS) + "\r\n";
        }

        @Override
        public String line(PassportRow row) {
            return row.fields().values().stream().map(ExportFormat::csvCell).collect(Collectors.joining(",")) + "\r\n";
        }
    };

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String code;
    private final String mediaType;

    ExportFormat(String code, String mediaType) {
        this.code = code;
        this.mediaType = mediaType;
    }

    /** What precedes the first row (empty for JSON lines). */
    public abstract String header();

    /** One passport, ending with its line break. */
    public abstract String line(PassportRow row);

    public String code() {
        return code;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format named {@code jsonl} or {@code csv} (any case). */
    public static Optional<ExportFormat> of(String code) {
        for (ExportFormat format : values()) {
            if (format.code.equals(code == null ? "" : code.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    private static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // A leading =, +, - or @ would be run as a formula by spreadsheet programs.
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
