package vn.xuatxu.kitchen.form.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import vn.xuatxu.kitchen.form.OfficialForm;
import vn.xuatxu.kitchen.form.content.ColumnKind;
import vn.xuatxu.kitchen.form.content.FilledForm;
import vn.xuatxu.kitchen.form.content.FilledLabel;
import vn.xuatxu.kitchen.form.content.FilledTable;
import vn.xuatxu.kitchen.form.content.FormBook;
import vn.xuatxu.kitchen.form.content.FormCell;
import vn.xuatxu.kitchen.form.content.HeaderField;
import vn.xuatxu.kitchen.form.content.LabelSheet;
import vn.xuatxu.kitchen.form.content.PrintedColumn;
import vn.xuatxu.kitchen.form.content.PrintedForm;
import vn.xuatxu.kitchen.form.content.TabularForm;

/**
 * Writes a {@link FormBook} as an XLSX workbook: one worksheet per printed table of Decision
 * 1246/QĐ-BYT ("Mẫu số 1 (I)", "Mẫu số 1 (II)", "Mẫu số 2", "Mẫu số 3", "Mẫu số 4", "Mẫu số 5"),
 * holding the rows of every day of the book.
 *
 * <p>Why this shape: inspectors and school accountants filter and sum across days (which supplier
 * delivered what in a month, how many servings), so each form is one flat table rather than one
 * sheet per day. Each sheet shows, top to bottom: the form number and title (row 1), the table
 * caption (row 2), "Tên cơ sở" and "Địa chỉ" (rows 3–4), the two-level column header of the paper
 * form with merged group cells (rows 6–7), the printed column numbers (row 8), then one row per
 * form row from row 9. Column A is the day ("Ngày"); after the form's own columns come the header
 * fields that change per day ("Người kiểm tra (họ tên)", "Thời gian kiểm tra …", "Địa điểm kiểm
 * tra" …). Cell texts are exactly those of the PDF; row numbers, servings and temperatures are
 * numeric cells. Notes (Form 3 menu deviations) follow the rows, prefixed "Ghi chú".
 *
 * <p>Why a {@link Clock}: the workbook's creation time (document properties and zip entry times)
 * comes from the server clock, so the same book at the same time gives the same bytes.
 */
public final class FormWorkbook {

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** The first row of data; rows above it are the title block and the column header. */
    public static final int FIRST_DATA_ROW = 9;
    /** The row of printed column numbers. */
    public static final int NUMBER_ROW = 8;
    /** The day column's header. */
    public static final String DAY_COLUMN = "Ngày";

    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final Set<String> IDENTITY_FIELDS = Set.of("Tên cơ sở", "Địa chỉ");

    private final Clock clock;

    /**
     * @param clock where the workbook's creation time comes from
     */
    public FormWorkbook(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Writes the book and returns the XLSX bytes. */
    public byte[] render(FormBook book) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(book, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Writes the book as XLSX to {@code out}, which is left open.
     *
     * @throws IOException when writing to {@code out} fails
     */
    public void write(FormBook book, OutputStream out) throws IOException {
        Objects.requireNonNull(book, "book");
        List<String> names = new ArrayList<>();
        List<String> sheets = new ArrayList<>();
        for (PrintedForm form : PrintedForm.values()) {
            List<FilledForm> filled = book.formsOf(form);
            if (filled.isEmpty()) {
                continue;
            }
            if (form == PrintedForm.FORM_4) {
                names.add(form.code());
                sheets.add(labelSheet(filled.stream().map(LabelSheet.class::cast).toList()));
                continue;
            }
            List<TabularForm> tabular = filled.stream().map(TabularForm.class::cast).toList();
            for (OfficialForm table : form.tables()) {
                names.add(sheetName(table));
                sheets.add(tableSheet(form, table, tabular));
            }
        }
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        long time = clock.instant().truncatedTo(ChronoUnit.SECONDS).toEpochMilli();
        entry(zip, time, "[Content_Types].xml", contentTypes(sheets.size()));
        entry(zip, time, "_rels/.rels", rootRelationships());
        entry(zip, time, "docProps/core.xml", coreProperties(book));
        entry(zip, time, "xl/workbook.xml", workbook(names));
        entry(zip, time, "xl/_rels/workbook.xml.rels", workbookRelationships(sheets.size()));
        entry(zip, time, "xl/styles.xml", STYLES);
        for (int i = 0; i < sheets.size(); i++) {
            entry(zip, time, "xl/worksheets/sheet" + (i + 1) + ".xml", sheets.get(i));
        }
        zip.finish();
    }

    /** The worksheet name of a table: its form code, e.g. "Mẫu số 1 (I)" (at most 31 characters). */
    public static String sheetName(OfficialForm table) {
        String name = table.code().replaceAll("[\\[\\]:*?/\\\\]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    // ---- worksheets --------------------------------------------------------------------------

    private static String tableSheet(PrintedForm form, OfficialForm table, List<TabularForm> forms) {
        List<PrintedColumn> columns = PrintedColumn.of(table);
        Set<String> fieldSet = new LinkedHashSet<>();
        forms.forEach(f -> f.header().stream().map(HeaderField::label).filter(l -> !IDENTITY_FIELDS.contains(l))
                .forEach(fieldSet::add));
        List<String> fields = List.copyOf(fieldSet);
        SheetXml sheet = new SheetXml();
        String caption = form.caption(table);
        titleBlock(sheet, form, caption, forms.get(0).header());

        int groupRow = sheet.row();
        sheet.text(0, DAY_COLUMN, SheetXml.STYLE_HEADER);
        sheet.merge(0, groupRow, 0, groupRow + 1);
        int c = 0;
        while (c < columns.size()) {
            String group = columns.get(c).group();
            if (group.isEmpty()) {
                sheet.text(c + 1, columns.get(c).label(), SheetXml.STYLE_HEADER);
                sheet.merge(c + 1, groupRow, c + 1, groupRow + 1);
                c++;
                continue;
            }
            int last = c;
            while (last + 1 < columns.size() && columns.get(last + 1).group().equals(group)) {
                last++;
            }
            sheet.text(c + 1, group, SheetXml.STYLE_HEADER);
            for (int k = c + 1; k <= last; k++) {
                sheet.text(k + 1, "", SheetXml.STYLE_HEADER);
            }
            if (last > c) {
                sheet.merge(c + 1, groupRow, last + 1, groupRow);
            }
            c = last + 1;
        }
        int fieldStart = columns.size() + 1;
        for (int f = 0; f < fields.size(); f++) {
            sheet.text(fieldStart + f, fields.get(f), SheetXml.STYLE_HEADER);
            sheet.merge(fieldStart + f, groupRow, fieldStart + f, groupRow + 1);
        }

        sheet.row();
        sheet.text(0, "", SheetXml.STYLE_HEADER);
        for (int k = 0; k < columns.size(); k++) {
            sheet.text(k + 1, columns.get(k).group().isEmpty() ? "" : columns.get(k).label(), SheetXml.STYLE_HEADER);
        }
        for (int f = 0; f < fields.size(); f++) {
            sheet.text(fieldStart + f, "", SheetXml.STYLE_HEADER);
        }

        sheet.row();
        sheet.text(0, "", SheetXml.STYLE_HEADER);
        for (int k = 0; k < columns.size(); k++) {
            sheet.text(k + 1, String.valueOf(columns.get(k).number()), SheetXml.STYLE_HEADER);
        }
        for (int f = 0; f < fields.size(); f++) {
            sheet.text(fieldStart + f, "", SheetXml.STYLE_HEADER);
        }
        sheet.freezeRows(NUMBER_ROW);

        int[] longest = new int[columns.size()];
        List<String> notes = new ArrayList<>();
        for (TabularForm filled : forms) {
            Map<String, String> values = filled.header().stream()
                    .collect(Collectors.toMap(HeaderField::label, HeaderField::value, (a, b) -> a));
            for (FilledTable t : filled.tables()) {
                if (t.table() != table) {
                    continue;
                }
                for (List<FormCell> row : t.rows()) {
                    sheet.row();
                    sheet.text(0, DATE.format(filled.date()), SheetXml.STYLE_BODY);
                    for (int k = 0; k < columns.size(); k++) {
                        FormCell cell = row.get(k);
                        if (cell.number().isPresent()) {
                            sheet.number(k + 1, cell.number().get(), SheetXml.STYLE_BODY);
                        } else {
                            sheet.text(k + 1, cell.text(), SheetXml.STYLE_BODY);
                        }
                        for (String line : cell.text().split("\n")) {
                            longest[k] = Math.max(longest[k], line.length());
                        }
                    }
                    for (int f = 0; f < fields.size(); f++) {
                        sheet.text(fieldStart + f, values.getOrDefault(fields.get(f), ""), SheetXml.STYLE_BODY);
                    }
                }
            }
            if (table == form.tables().get(form.tables().size() - 1)) {
                filled.notes().forEach(n -> notes.add(DATE.format(filled.date()) + ": " + n));
            }
        }
        for (String note : notes) {
            sheet.row();
            sheet.text(0, "Ghi chú", SheetXml.STYLE_DEFAULT);
            sheet.text(1, note, SheetXml.STYLE_DEFAULT);
        }
        sheet.width(0, 11);
        for (int k = 0; k < columns.size(); k++) {
            ColumnKind kind = columns.get(k).kind();
            double width = switch (kind) {
                case TICK -> 7;
                case NUMBER -> 8;
                case TEXT -> Math.max(12, Math.min(36, longest[k] + 2));
            };
            sheet.width(k + 1, width);
        }
        for (int f = 0; f < fields.size(); f++) {
            sheet.width(fieldStart + f, 24);
        }
        return sheet.xml();
    }

    private static String labelSheet(List<LabelSheet> forms) {
        SheetXml sheet = new SheetXml();
        PrintedForm form = PrintedForm.FORM_4;
        titleBlock(sheet, form, "", forms.get(0).header());
        FilledLabel first = forms.stream().flatMap(f -> f.labels().stream()).findFirst().orElse(null);
        List<String> labels = new ArrayList<>();
        labels.add(DAY_COLUMN);
        if (first != null) {
            first.fields().forEach(f -> labels.add(f.label()));
            labels.add(first.sampler().label());
        }
        labels.add("Mã mẫu, số niêm phong");
        int groupRow = sheet.row();
        for (int i = 0; i < labels.size(); i++) {
            sheet.text(i, labels.get(i), SheetXml.STYLE_HEADER);
            sheet.merge(i, groupRow, i, groupRow + 2);
        }
        sheet.row();
        sheet.row();
        sheet.freezeRows(NUMBER_ROW);
        for (LabelSheet filled : forms) {
            for (FilledLabel label : filled.labels()) {
                sheet.row();
                int c = 0;
                sheet.text(c++, DATE.format(filled.date()), SheetXml.STYLE_BODY);
                for (HeaderField field : label.fields()) {
                    sheet.text(c++, field.value(), SheetXml.STYLE_BODY);
                }
                sheet.text(c++, label.sampler().value(), SheetXml.STYLE_BODY);
                sheet.text(c, label.reference(), SheetXml.STYLE_BODY);
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            sheet.width(i, i == 0 ? 11 : 28);
        }
        return sheet.xml();
    }

    /** Rows 1–5: title, caption, establishment, address, blank. */
    private static void titleBlock(SheetXml sheet, PrintedForm form, String caption, List<HeaderField> header) {
        Map<String, String> values = header.stream()
                .collect(Collectors.toMap(HeaderField::label, HeaderField::value, (a, b) -> a));
        sheet.row();
        sheet.text(0, form.code() + ": " + form.title(), SheetXml.STYLE_TITLE);
        sheet.row();
        sheet.text(0, caption, SheetXml.STYLE_TITLE);
        sheet.row();
        sheet.text(0, "Tên cơ sở: " + values.getOrDefault("Tên cơ sở", ""), SheetXml.STYLE_DEFAULT);
        sheet.row();
        String address = values.getOrDefault("Địa chỉ", "");
        sheet.text(0, address.isEmpty() ? "" : "Địa chỉ: " + address, SheetXml.STYLE_DEFAULT);
        sheet.row();
    }

    // ---- package parts -----------------------------------------------------------------------

    private static void entry(ZipOutputStream zip, long time, String name, String xml) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(time);
        zip.putNextEntry(entry);
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String contentTypes(int sheets) {
        StringBuilder xml = new StringBuilder(XML_DECLARATION)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
                .append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>")
                .append("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>");
        for (int i = 1; i <= sheets; i++) {
            xml.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return xml.append("</Types>").toString();
    }

    private static String rootRelationships() {
        return XML_DECLARATION + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "</Relationships>";
    }

    private String coreProperties(FormBook book) {
        String created = DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        return XML_DECLARATION
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:title>" + SheetXml.escape(book.title()) + "</dc:title>"
                + "<dc:creator>Xuất Xứ</dc:creator><dc:language>vi-VN</dc:language>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + created + "</dcterms:created>"
                + "</cp:coreProperties>";
    }

    private static String workbook(List<String> names) {
        StringBuilder xml = new StringBuilder(XML_DECLARATION)
                .append("<workbook xmlns=\"").append(MAIN_NS).append("\" xmlns:r=\"").append(REL_NS).append("\"><sheets>");
        for (int i = 0; i < names.size(); i++) {
            xml.append("<sheet name=\"").append(SheetXml.escape(names.get(i))).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        return xml.append("</sheets></workbook>").toString();
    }

    private static String workbookRelationships(int sheets) {
        StringBuilder xml = new StringBuilder(XML_DECLARATION).append("<Relationships xmlns=\"").append(PKG_REL_NS).append("\">");
        for (int i = 1; i <= sheets; i++) {
            xml.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL_NS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        xml.append("<Relationship Id=\"rId").append(sheets + 1).append("\" Type=\"").append(REL_NS)
                .append("/styles\" Target=\"styles.xml\"/>");
        return xml.append("</Relationships>").toString();
    }

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    /** Styles 0 default, 1 bold title, 2 header (bold, grey, border, centred, wrapped), 3 body (border, wrapped). */
    private static final String STYLES = XML_DECLARATION
            + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE6E6E6\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
            + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            + "<border><left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color auto=\"1\"/></right>"
            + "<top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"4\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\""
            + " applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\">"
            + "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            + "</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";
}
