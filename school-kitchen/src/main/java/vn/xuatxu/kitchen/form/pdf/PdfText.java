package vn.xuatxu.kitchen.form.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The two embedded typefaces of one document, with measuring and wrapping.
 *
 * <p>Wrapping breaks between words; a word longer than the column is broken between grapheme
 * clusters (never inside a letter and its diacritics), so no text ever runs past its cell.
 * Characters the font cannot draw are replaced by "?" rather than failing the whole document.
 */
final class PdfText {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final PDFont regular;
    private final PDFont bold;
    private final Map<Integer, Boolean> drawable = new HashMap<>();

    PdfText(PDFont regular, PDFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    PDFont font(boolean isBold) {
        return isBold ? bold : regular;
    }

    /** NFC, tabs as spaces, no control characters other than new lines, only drawable characters. */
    String clean(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\t', ' ');
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (drawable.computeIfAbsent(cp, this::canDraw)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean canDraw(int codePoint) {
        String s = new String(Character.toChars(codePoint));
        try {
            regular.encode(s);
            bold.encode(s);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** Width in points of already cleaned text. */
    float width(String cleaned, boolean isBold, float size) {
        try {
            return font(isBold).getStringWidth(cleaned) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text cleaned and wrapped into lines no wider than {@code maxWidth}. */
    List<String> wrap(String text, boolean isBold, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : clean(text).split("\n", -1)) {
            wrapParagraph(paragraph.strip(), isBold, size, maxWidth, lines);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, boolean isBold, float size, float maxWidth, List<String> lines) {
        if (paragraph.isEmpty()) {
            lines.add("");
            return;
        }
        float space = width(" ", isBold, size);
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : paragraph.split(" +")) {
            float wordWidth = width(word, isBold, size);
            if (line.length() > 0 && lineWidth + space + wordWidth <= maxWidth) {
                line.append(' ').append(word);
                lineWidth += space + wordWidth;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            if (wordWidth <= maxWidth) {
                line.append(word);
                lineWidth = wordWidth;
                continue;
            }
            String rest = breakLongWord(word, isBold, size, maxWidth, lines);
            line.append(rest);
            lineWidth = width(rest, isBold, size);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
    }

    /** Adds full-width pieces of {@code word} to {@code lines}; returns the last, partial piece. */
    private String breakLongWord(String word, boolean isBold, float size, float maxWidth, List<String> lines) {
        BreakIterator graphemes = BreakIterator.getCharacterInstance(VIETNAMESE);
        graphemes.setText(word);
        StringBuilder piece = new StringBuilder();
        int start = graphemes.first();
        for (int end = graphemes.next(); end != BreakIterator.DONE; start = end, end = graphemes.next()) {
            String grapheme = word.substring(start, end);
            if (piece.length() > 0 && width(piece + grapheme, isBold, size) > maxWidth) {
                lines.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(grapheme);
        }
        return piece.toString();
    }
}
