package vn.xuatxu.kitchen.form.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the XML of one worksheet: cells by row, with the style indexes of {@link FormWorkbook}'s
 * style sheet, column widths, merged ranges and frozen header rows.
 */
final class SheetXml {

    static final int STYLE_DEFAULT = 0;
    static final int STYLE_TITLE = 1;
    static final int STYLE_HEADER = 2;
    static final int STYLE_BODY = 3;

    private final StringBuilder rows = new StringBuilder();
    private final List<String> merges = new ArrayList<>();
    private final List<Double> widths = new ArrayList<>();
    private int rowNumber;
    private int frozenRows;

    /** Starts the next row and returns its 1-based number. */
    int row() {
        if (rowNumber > 0) {
            rows.append("</row>");
        }
        rowNumber++;
        rows.append("<row r=\"").append(rowNumber).append("\">");
        return rowNumber;
    }

    void text(int column, String value, int style) {
        rows.append("<c r=\"").append(reference(column, rowNumber)).append("\" s=\"").append(style)
                .append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(escape(value))
                .append("</t></is></c>");
    }

    void number(int column, BigDecimal value, int style) {
        rows.append("<c r=\"").append(reference(column, rowNumber)).append("\" s=\"").append(style).append("\"><v>")
                .append(value.toPlainString()).append("</v></c>");
    }

    void merge(int firstColumn, int firstRow, int lastColumn, int lastRow) {
        merges.add(reference(firstColumn, firstRow) + ":" + reference(lastColumn, lastRow));
    }

    void width(int column, double characters) {
        while (widths.size() <= column) {
            widths.add(10.0);
        }
        widths.set(column, characters);
    }

    /** Keeps the first {@code count} rows in view while scrolling. */
    void freezeRows(int count) {
        this.frozenRows = count;
    }

    String xml() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        xml.append("<worksheet xmlns=\"").append(FormWorkbook.MAIN_NS).append("\">");
        if (frozenRows > 0) {
            xml.append("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"").append(frozenRows)
                    .append("\" topLeftCell=\"").append(reference(0, frozenRows + 1))
                    .append("\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>");
        }
        if (!widths.isEmpty()) {
            xml.append("<cols>");
            for (int i = 0; i < widths.size(); i++) {
                xml.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1).append("\" width=\"")
                        .append(widths.get(i)).append("\" customWidth=\"1\"/>");
            }
            xml.append("</cols>");
        }
        xml.append("<sheetData>").append(rows);
        if (rowNumber > 0) {
            xml.append("</row>");
        }
        xml.append("</sheetData>");
        if (!merges.isEmpty()) {
            xml.append("<mergeCells count=\"").append(merges.size()).append("\">");
            merges.forEach(m -> xml.append("<mergeCell ref=\"").append(m).append("\"/>"));
            xml.append("</mergeCells>");
        }
        xml.append("</worksheet>");
        return xml.toString();
    }

    /** "A1"-style reference of a 0-based column and 1-based row. */
    static String reference(int column, int row) {
        StringBuilder letters = new StringBuilder();
        int n = column + 1;
        while (n > 0) {
            int rest = (n - 1) % 26;
            letters.insert(0, (char) ('A' + rest));
            n = (n - 1) / 26;
        }
        return letters.toString() + row;
    }

    /** XML text: the five special characters escaped, characters XML cannot hold dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD
                            || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
                    if (allowed) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
