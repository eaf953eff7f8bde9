package vn.xuatxu.kitchen.form.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A top-to-bottom flow over A4 landscape pages: the current page, the cursor, new pages with a
 * continuation line, simple drawing, and the "Trang x/y" footer added once the page count is known.
 */
final class PageFlow {

    /** A4 landscape: 297 mm × 210 mm. */
    static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float LEFT = 36f;
    static final float RIGHT = 28f;
    static final float TOP = 30f;
    static final float BOTTOM = 36f;
    static final float CONTINUATION_SIZE = 7.5f;
    static final float CONTINUATION_HEIGHT = 14f;
    static final float FOOTER_SIZE = 7f;
    static final float LINE_FACTOR = 1.22f;
    static final float ASCENT_FACTOR = 0.93f;

    private final PDDocument document;
    private final PdfText text;
    private final List<String> footers = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;
    private String footer = "";
    private String continuation = "";

    PageFlow(PDDocument document, PdfText text) {
        this.document = document;
        this.text = text;
    }

    PdfText text() {
        return text;
    }

    float left() {
        return LEFT;
    }

    float contentWidth() {
        return A4_LANDSCAPE.getWidth() - LEFT - RIGHT;
    }

    float y() {
        return y;
    }

    void down(float dy) {
        y -= dy;
    }

    /** Room left on the current page. */
    float remaining() {
        return y - BOTTOM;
    }

    /** Room on a fresh continuation page, below its continuation line. */
    float continuationPageRoom() {
        return A4_LANDSCAPE.getHeight() - TOP - BOTTOM - CONTINUATION_HEIGHT;
    }

    boolean fits(float height) {
        return y - height >= BOTTOM - 0.01f;
    }

    /** Starts a form on a new page; its later pages carry {@code continuationLine} at the top. */
    void startForm(String footerLine, String continuationLine) throws IOException {
        this.footer = footerLine;
        this.continuation = continuationLine;
        newPage(false);
    }

    /** Opens a new page; a continued page starts with the form's continuation line. */
    void newPage(boolean continued) throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(A4_LANDSCAPE);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        footers.add(footer);
        y = A4_LANDSCAPE.getHeight() - TOP;
        if (continued && !continuation.isEmpty()) {
            String line = fitted(continuation, false, CONTINUATION_SIZE, contentWidth());
            textLine(line, LEFT, y - CONTINUATION_SIZE * ASCENT_FACTOR, false, CONTINUATION_SIZE, 0.35f);
            y -= CONTINUATION_HEIGHT;
        }
    }

    /** Draws one already wrapped line with its baseline at {@code baseline}. */
    void textLine(String line, float x, float baseline, boolean bold, float size, float gray) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        stream.setNonStrokingColor(gray);
        stream.beginText();
        stream.setFont(text.font(bold), size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(line);
        stream.endText();
        stream.setNonStrokingColor(0f);
    }

    /** Draws wrapped lines from {@code top} downwards; alignment 0 left, 0.5 centre, 1 right. */
    void lines(List<String> lines, float x, float width, float top, boolean bold, float size, float align)
            throws IOException {
        float leading = size * LINE_FACTOR;
        float baseline = top - size * ASCENT_FACTOR;
        for (String line : lines) {
            float offset = (width - text.width(line, bold, size)) * align;
            textLine(line, x + Math.max(0, offset), baseline, bold, size, 0f);
            baseline -= leading;
        }
    }

    /** A rectangle by its top-left corner; filled with {@code fillGray} when it is below 1. */
    void box(float x, float top, float width, float height, float fillGray, float lineWidth) throws IOException {
        if (fillGray < 1f) {
            stream.setNonStrokingColor(fillGray);
            stream.addRect(x, top - height, width, height);
            stream.fill();
            stream.setNonStrokingColor(0f);
        }
        if (lineWidth > 0f) {
            stream.setLineWidth(lineWidth);
            stream.addRect(x, top - height, width, height);
            stream.stroke();
        }
    }

    /** A horizontal rule (dotted when {@code dotted}), e.g. for a signature line. */
    void rule(float x, float yAt, float width, boolean dotted) throws IOException {
        stream.setLineWidth(0.5f);
        if (dotted) {
            stream.setLineDashPattern(new float[] {1f, 2f}, 0f);
        }
        stream.moveTo(x, yAt);
        stream.lineTo(x + width, yAt);
        stream.stroke();
        if (dotted) {
            stream.setLineDashPattern(new float[] {}, 0f);
        }
    }

    /** The text cut with "…" to fit one line, for page furniture such as footers. */
    String fitted(String raw, boolean bold, float size, float width) {
        String line = text.clean(raw).replace('\n', ' ');
        if (text.width(line, bold, size) <= width) {
            return line;
        }
        int end = line.length();
        while (end > 0 && text.width(line.substring(0, end) + "…", bold, size) > width) {
            end = line.offsetByCodePoints(end, -1);
        }
        return line.substring(0, end) + "…";
    }

    /** Closes the last page and writes "Trang x/y" and the form's footer line on every page. */
    void finish() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream footerStream = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream = footerStream;
                String pageNumber = "Trang " + (i + 1) + "/" + total;
                float numberWidth = text.width(pageNumber, false, FOOTER_SIZE);
                float baseline = BOTTOM - 20f;
                stream.setStrokingColor(0.6f);
                rule(LEFT, BOTTOM - 8f, contentWidth(), false);
                stream.setStrokingColor(0f);
                String left = fitted(footers.get(i), false, FOOTER_SIZE, contentWidth() - numberWidth - 20f);
                textLine(left, LEFT, baseline, false, FOOTER_SIZE, 0.3f);
                textLine(pageNumber, LEFT + contentWidth() - numberWidth, baseline, false, FOOTER_SIZE, 0.3f);
            } finally {
                stream = null;
            }
        }
    }
}
