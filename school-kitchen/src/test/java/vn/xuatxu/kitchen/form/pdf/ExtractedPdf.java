package vn.xuatxu.kitchen.form.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A rendered PDF read back with PDFBox: its pages, text and glyph positions. */
final class ExtractedPdf {

    /** One drawn glyph, in PDF user space (origin bottom left). */
    record Glyph(int page, String unicode, float x, float width, float yFromTop) {
    }

    private final List<String> pageTexts = new ArrayList<>();
    private final List<float[]> pageSizes = new ArrayList<>();
    private final List<Glyph> glyphs = new ArrayList<>();
    private final List<String> fontNames = new ArrayList<>();
    private final List<Boolean> fontsEmbedded = new ArrayList<>();

    ExtractedPdf(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDPage page = document.getPage(i);
                pageSizes.add(new float[] {page.getMediaBox().getWidth(), page.getMediaBox().getHeight()});
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    fontNames.add(font.getName());
                    fontsEmbedded.add(font.isEmbedded());
                }
                int pageNumber = i;
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) throws IOException {
                        for (TextPosition p : positions) {
                            glyphs.add(new Glyph(pageNumber, p.getUnicode(), p.getXDirAdj(), p.getWidthDirAdj(),
                                    p.getYDirAdj()));
                        }
                        super.writeString(text, positions);
                    }
                };
                // Content-stream order: the lines of one cell come out one after the other.
                stripper.setSortByPosition(false);
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                pageTexts.add(stripper.getText(document));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int pages() {
        return pageTexts.size();
    }

    float[] pageSize(int page) {
        return pageSizes.get(page);
    }

    /** The raw text of one page (0-based). */
    String rawPage(int page) {
        return pageTexts.get(page);
    }

    /** The text of one page with every run of whitespace (including line breaks) as one space. */
    String page(int page) {
        return flat(pageTexts.get(page));
    }

    /** The whole document's text, whitespace collapsed. */
    String text() {
        return flat(String.join(" ", pageTexts));
    }

    List<Glyph> glyphs() {
        return glyphs;
    }

    List<String> fontNames() {
        return fontNames;
    }

    List<Boolean> fontsEmbedded() {
        return fontsEmbedded;
    }

    static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
