package vn.xuatxu.kitchen.form.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import vn.xuatxu.kitchen.form.content.ColumnKind;
import vn.xuatxu.kitchen.form.content.FilledTable;
import vn.xuatxu.kitchen.form.content.FormCell;
import vn.xuatxu.kitchen.form.content.PrintedColumn;

/**
 * Draws one form table as on the paper form: the two-level column header (merged group cells
 * over their columns, e.g. "Nơi cung cấp" or "Kiểm tra cảm quan …" over "Đạt" and "Không đạt"),
 * the row of column numbers, then the rows. The header is repeated at the top of every page the
 * table continues on; a row taller than a page is split between pages line by line.
 */
final class TableBlock {

    static final float BODY_SIZE = 7.8f;
    static final float HEADER_SIZE = 7.2f;
    static final float NUMBER_SIZE = 6.8f;
    static final float PAD_X = 2.6f;
    static final float PAD_Y = 2.4f;
    static final float HEADER_GRAY = 0.9f;
    static final float LINE = 0.5f;
    static final String EMPTY_TABLE = "Không có";

    private final PageFlow flow;
    private final FilledTable table;
    private final List<PrintedColumn> columns;
    private final float[] widths;
    private final float[] xs;
    private final List<HeaderCell> headerCells = new ArrayList<>();
    private float groupRowHeight;
    private float labelRowHeight;
    private float numberRowHeight;

    /** A header cell over columns {@code first..last}, in row 0 (group), 1 (label) or both (-1). */
    private record HeaderCell(int first, int last, int level, List<String> lines) {
    }

    TableBlock(PageFlow flow, FilledTable table) {
        this.flow = flow;
        this.table = table;
        this.columns = table.columns();
        PdfText text = flow.text();
        this.widths = ColumnWidths.of(table, flow.contentWidth(), text, HEADER_SIZE, BODY_SIZE, PAD_X);
        this.xs = new float[columns.size() + 1];
        xs[0] = flow.left();
        for (int i = 0; i < columns.size(); i++) {
            xs[i + 1] = xs[i] + widths[i];
        }
        layoutHeader();
    }

    private float span(int first, int last) {
        return xs[last + 1] - xs[first];
    }

    private static float linesHeight(int lines, float size) {
        return lines * size * PageFlow.LINE_FACTOR + 2 * PAD_Y;
    }

    private void layoutHeader() {
        PdfText text = flow.text();
        float spanning = 0;
        int i = 0;
        while (i < columns.size()) {
            String group = columns.get(i).group();
            if (group.isEmpty()) {
                List<String> lines = text.wrap(columns.get(i).label(), true, HEADER_SIZE, widths[i] - 2 * PAD_X);
                headerCells.add(new HeaderCell(i, i, -1, lines));
                spanning = Math.max(spanning, linesHeight(lines.size(), HEADER_SIZE));
                i++;
                continue;
            }
            int last = i;
            while (last + 1 < columns.size() && columns.get(last + 1).group().equals(group)) {
                last++;
            }
            List<String> groupLines = text.wrap(group, true, HEADER_SIZE, span(i, last) - 2 * PAD_X);
            headerCells.add(new HeaderCell(i, last, 0, groupLines));
            groupRowHeight = Math.max(groupRowHeight, linesHeight(groupLines.size(), HEADER_SIZE));
            for (int c = i; c <= last; c++) {
                List<String> lines = text.wrap(columns.get(c).label(), true, HEADER_SIZE, widths[c] - 2 * PAD_X);
                headerCells.add(new HeaderCell(c, c, 1, lines));
                labelRowHeight = Math.max(labelRowHeight, linesHeight(lines.size(), HEADER_SIZE));
            }
            i = last + 1;
        }
        if (groupRowHeight == 0) {
            labelRowHeight = spanning;
        } else if (spanning > groupRowHeight + labelRowHeight) {
            labelRowHeight = spanning - groupRowHeight;
        }
        numberRowHeight = linesHeight(1, NUMBER_SIZE);
    }

    private float headerHeight() {
        return groupRowHeight + labelRowHeight + numberRowHeight;
    }

    private float bodyLeading() {
        return BODY_SIZE * PageFlow.LINE_FACTOR;
    }

    /** Draws the whole table from the cursor, continuing on new pages as needed. */
    void draw() throws IOException {
        if (!flow.fits(headerHeight() + linesHeight(2, BODY_SIZE))) {
            flow.newPage(true);
        }
        drawHeader();
        if (table.rows().isEmpty()) {
            float height = linesHeight(1, BODY_SIZE);
            flow.box(xs[0], flow.y(), span(0, columns.size() - 1), height, 1f, LINE);
            flow.lines(List.of(EMPTY_TABLE), xs[0], span(0, columns.size() - 1), flow.y() - PAD_Y, false, BODY_SIZE, 0.5f);
            flow.down(height);
            return;
        }
        for (List<FormCell> row : table.rows()) {
            drawRow(wrapRow(row));
        }
    }

    private List<List<String>> wrapRow(List<FormCell> row) {
        List<List<String>> cells = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            boolean tick = columns.get(c).kind() == ColumnKind.TICK;
            cells.add(flow.text().wrap(row.get(c).text(), tick, BODY_SIZE, widths[c] - 2 * PAD_X));
        }
        return cells;
    }

    private void drawRow(List<List<String>> cells) throws IOException {
        List<List<String>> pending = cells;
        while (true) {
            int lines = pending.stream().mapToInt(List::size).max().orElse(1);
            float height = linesHeight(Math.max(1, lines), BODY_SIZE);
            if (flow.fits(height)) {
                drawFragment(pending, height);
                return;
            }
            if (height <= flow.continuationPageRoom() - headerHeight()) {
                flow.newPage(true);
                drawHeader();
                continue;
            }
            int fitting = (int) Math.floor((flow.remaining() - 2 * PAD_Y) / bodyLeading());
            if (fitting < 3) {
                flow.newPage(true);
                drawHeader();
                continue;
            }
            List<List<String>> head = new ArrayList<>();
            List<List<String>> rest = new ArrayList<>();
            for (List<String> cell : pending) {
                int cut = Math.min(fitting, cell.size());
                head.add(cell.subList(0, cut));
                rest.add(cell.subList(cut, cell.size()));
            }
            drawFragment(head, linesHeight(fitting, BODY_SIZE));
            flow.newPage(true);
            drawHeader();
            pending = rest;
        }
    }

    private void drawFragment(List<List<String>> cells, float height) throws IOException {
        float top = flow.y();
        for (int c = 0; c < columns.size(); c++) {
            flow.box(xs[c], top, widths[c], height, 1f, LINE);
            ColumnKind kind = columns.get(c).kind();
            float align = kind == ColumnKind.TEXT ? 0f : 0.5f;
            flow.lines(cells.get(c), xs[c] + PAD_X, widths[c] - 2 * PAD_X, top - PAD_Y, kind == ColumnKind.TICK,
                    BODY_SIZE, align);
        }
        flow.down(height);
    }

    private void drawHeader() throws IOException {
        float top = flow.y();
        float headerRows = groupRowHeight + labelRowHeight;
        for (HeaderCell cell : headerCells) {
            float cellTop = cell.level() == 1 ? top - groupRowHeight : top;
            float height = switch (cell.level()) {
                case 0 -> groupRowHeight;
                case 1 -> labelRowHeight;
                default -> headerRows;
            };
            float x = xs[cell.first()];
            float width = span(cell.first(), cell.last());
            flow.box(x, cellTop, width, height, HEADER_GRAY, LINE);
            float textHeight = cell.lines().size() * HEADER_SIZE * PageFlow.LINE_FACTOR;
            float textTop = cellTop - (height - textHeight) / 2f;
            flow.lines(cell.lines(), x + PAD_X, width - 2 * PAD_X, textTop, true, HEADER_SIZE, 0.5f);
        }
        float numbersTop = top - headerRows;
        for (int c = 0; c < columns.size(); c++) {
            flow.box(xs[c], numbersTop, widths[c], numberRowHeight, 0.96f, LINE);
            flow.lines(List.of(String.valueOf(columns.get(c).number())), xs[c], widths[c], numbersTop - PAD_Y, false,
                    NUMBER_SIZE, 0.5f);
        }
        flow.down(headerHeight());
    }
}
