package vn.xuatxu.label.layout;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * Wraps text into at most N lines of a given width and shortens the last line with an ellipsis.
 *
 * <p>Cuts happen only at line-break opportunities (between words) or, when a single word is too
 * long, at grapheme-cluster boundaries, so a letter is never separated from its diacritics and no
 * glyph is clipped. Substrings of an NFC string cut at grapheme boundaries are NFC again.
 */
final class TextFitter {

    static final String ELLIPSIS = "…";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String TRAILING_JUNK = " ,;:-–—/(·";

    /** The fitted lines and whether anything was left out. */
    record Fitted(List<String> lines, boolean shortened) {
        Fitted {
            lines = List.copyOf(lines);
        }
    }

    private final int maxWidth;
    private final ToIntFunction<String> width;

    /**
     * @param maxWidth width available, in the unit of {@code width}
     * @param width    measures the drawn width of a string (dots)
     */
    TextFitter(int maxWidth, ToIntFunction<String> width) {
        this.maxWidth = maxWidth;
        this.width = width;
    }

    Fitted fit(String text, int maxLines) {
        if (maxLines < 1) {
            throw new IllegalArgumentException("maxLines must be at least 1");
        }
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty()) {
            if (fits(rest)) {
                lines.add(rest);
                return new Fitted(lines, false);
            }
            if (lines.size() == maxLines - 1) {
                String last = ellipsize(rest);
                if (!last.isEmpty()) {
                    lines.add(last);
                }
                return new Fitted(lines, true);
            }
            int end = longestFittingPrefix(rest, BreakIterator.getLineInstance(VIETNAMESE));
            if (end == 0) {
                end = longestFittingPrefix(rest, BreakIterator.getCharacterInstance(VIETNAMESE));
            }
            if (end == 0) {
                // Not even one grapheme fits the width.
                return new Fitted(lines, true);
            }
            lines.add(rest.substring(0, end).strip());
            rest = rest.substring(end).strip();
        }
        return new Fitted(lines, false);
    }

    /** The longest prefix ending at a boundary of {@code breaks} that fits, as an end index; 0 if none. */
    private int longestFittingPrefix(String text, BreakIterator breaks) {
        breaks.setText(text);
        int best = 0;
        for (int end = breaks.next(); end != BreakIterator.DONE && end < text.length(); end = breaks.next()) {
            String candidate = text.substring(0, end).strip();
            if (candidate.isEmpty()) {
                continue;
            }
            if (!fits(candidate)) {
                break;
            }
            best = end;
        }
        return best;
    }

    /** The longest "prefix…" that fits: at a word boundary if any word fits, else at a grapheme boundary. */
    String ellipsize(String text) {
        String atWord = ellipsizeAt(text, BreakIterator.getLineInstance(VIETNAMESE));
        return atWord.isEmpty() ? ellipsizeAt(text, BreakIterator.getCharacterInstance(VIETNAMESE)) : atWord;
    }

    private String ellipsizeAt(String text, BreakIterator breaks) {
        breaks.setText(text);
        for (int end = breaks.last(); end != BreakIterator.DONE; end = breaks.previous()) {
            if (end == text.length()) {
                continue;
            }
            String prefix = trimTrailingJunk(text.substring(0, end));
            if (!prefix.isEmpty() && fits(prefix + ELLIPSIS)) {
                return prefix + ELLIPSIS;
            }
        }
        return "";
    }

    private boolean fits(String s) {
        return width.applyAsInt(s) <= maxWidth;
    }

    private static String trimTrailingJunk(String s) {
        int end = s.length();
        while (end > 0 && TRAILING_JUNK.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }
}
