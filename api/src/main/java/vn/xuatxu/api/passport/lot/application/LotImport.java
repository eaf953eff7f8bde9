package vn.xuatxu.api.passport.lot.application;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Registers many lots from a co-op's spreadsheet, as a CSV file or an Excel workbook ({@code .xlsx}, its first
 * sheet), all at once or not at all: every row is checked exactly as a single registration is, inside one
 * transaction, and if any row is wrong the whole file is rolled back and every wrong row is reported with its
 * reason, so the producer fixes the file and sends it again without creating half of it twice.
 *
 * <p>Columns (header row, any order; CSV comma or semicolon separated): {@code gtin, lotNumber, productionDate,
 * bestBeforeDate, quantity, unit}; dates as {@code yyyy-MM-dd} or {@code d/M/yyyy} (or Excel date cells);
 * decimal comma or point. Line numbers in reports are the file's lines, or the workbook's row numbers.
 */
@Singleton
public final class LotImport {

    /** The most rows one file may hold. */
    public static final int MAX_ROWS = 5000;
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final List<String> COLUMNS = List.of("gtin", "lotnumber", "productiondate", "bestbeforedate", "quantity", "unit");

    /** A wrong row: its line number in the file (the header is line 1), the field and the refusal. */
    public record RowError(int line, String field, ProblemException problem) {

        /** The reason in Vietnamese. */
        public String message() {
            return problem.getMessage();
        }
    }

    /** What to do with a file that has wrong rows. */
    public enum Mode {
        /** Store nothing until every row is right (the default). */
        ALL_OR_NOTHING,
        /** Store the right rows and report the wrong ones, when the producer chooses so. */
        VALID_ROWS_ONLY
    }

    /** The lots stored, and the rows left out (only in {@link Mode#VALID_ROWS_ONLY}). */
    public record Outcome(List<Long> ids, List<RowError> skipped) {
    }

    /** The file was refused; nothing was stored. */
    public static final class Rejected extends RuntimeException {
        private final transient List<RowError> errors;

        Rejected(List<RowError> errors) {
            super("Import rejected", null, false, false);
            this.errors = List.copyOf(errors);
        }

        public List<RowError> errors() {
            return errors;
        }
    }

    private final DSLContext db;
    private final LotRegistration registration;

    LotImport(DSLContext db, LotRegistration registration) {
        this.db = db;
        this.registration = registration;
    }

    /** Registers every row, or none; returns the new lots' ids in file order. */
    public List<Long> importCsv(Actor actor, String csv) {
        return importCsv(actor, csv, Mode.ALL_OR_NOTHING).ids();
    }

    /** Registers the file's rows as the mode says; wrong rows are reported with their line numbers. */
    public Outcome importCsv(Actor actor, String csv, Mode mode) {
        return importRows(actor, parse(csv == null ? "" : csv.replace("\uFEFF", "")), mode);
    }

    /** Registers the rows of the workbook's first sheet as the mode says; wrong rows are reported by row number. */
    public Outcome importXlsx(Actor actor, byte[] workbook, Mode mode) {
        return importRows(actor, WorkbookRows.of(workbook, MAX_ROWS), mode);
    }

    private Outcome importRows(Actor actor, List<List<String>> rows, Mode mode) {
        if (rows.isEmpty()) {
            throw new ProblemException.InvalidInput("file", PageText.of("importing.error.empty", String.join(",", COLUMNS)));
        }
        Map<String, Integer> header = new TreeMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            header.put(rows.get(0).get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String required : List.of("gtin", "lotnumber", "productiondate", "quantity", "unit")) {
            if (!header.containsKey(required)) {
                throw new ProblemException.InvalidInput("file", PageText.of("importing.error.column", required));
            }
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw new ProblemException.InvalidInput("file", PageText.of("importing.error.tooManyRows", rows.size() - 1, MAX_ROWS));
        }
        List<RowError> errors = new ArrayList<>();
        try {
            return db.transactionResult(configuration -> {
                DSLContext tx = configuration.dsl();
                List<Long> ids = new ArrayList<>();
                for (int r = 1; r < rows.size(); r++) {
                    List<String> row = rows.get(r);
                    if (row.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    int line = r + 1;
                    try {
                        ids.add(registration.registerIn(tx, actor, new LotRegistration.Request(cell(row, header, "gtin"),
                                cell(row, header, "lotnumber"), date(row, header, "productiondate", "productionDate"),
                                date(row, header, "bestbeforedate", "bestBeforeDate"), quantity(row, header),
                                cell(row, header, "unit"))));
                    } catch (ProblemException.Forbidden forbidden) {
                        throw forbidden;
                    } catch (ProblemException problem) {
                        // A refused row changed nothing: its checks run before its insert, and a refused insert
                        // (a duplicate) is rolled back on its own by InnoDB.
                        errors.add(new RowError(line, problem instanceof ProblemException.InvalidInput invalid
                                ? invalid.field() : null, problem));
                    }
                }
                if (!errors.isEmpty() && mode == Mode.ALL_OR_NOTHING) {
                    throw new Rejected(errors);
                }
                return new Outcome(List.copyOf(ids), List.copyOf(errors));
            });
        } catch (Rejected rejected) {
            throw rejected;
        }
    }

    private static String cell(List<String> row, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        return index == null || index >= row.size() ? null : row.get(index).strip();
    }

    private static LocalDate date(List<String> row, Map<String, Integer> header, String column, String field) {
        String text = cell(row, header, column);
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, DAY_MONTH_YEAR) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ProblemException.InvalidInput(field, PageText.of("importing.error.date", text));
        }
    }

    private static BigDecimal quantity(List<String> row, Map<String, Integer> header) {
        String text = cell(row, header, "quantity");
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ProblemException.InvalidInput("quantity", PageText.of("problem.notANumber", text));
        }
    }

    /** RFC 4180 CSV with the separator (comma or semicolon) taken from the header line. */
    static List<List<String>> parse(String text) {
        int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        String firstLine = text.substring(0, firstLineEnd);
        char separator = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
