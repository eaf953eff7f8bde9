package vn.xuatxu.label.content;

import java.util.List;
import java.util.Objects;

/**
 * What goes on a label for a record rather than a product: a school kitchen's retained food sample (Form 4 of
 * Decision 1246), say. A QR to the record, a bold title, and lines in order of importance; a {@code whole} line
 * (a time, a code) is never shortened (the layout uses smaller text, or fails) while other
 * lines may be shortened with an ellipsis like a product name.
 *
 * @param qrPayload  absolute http(s) URI of the record, printable ASCII
 * @param title      the first, bold line(s), NFC
 * @param lines      the rest, 1–8 lines, NFC
 * @param scanPrompt the short line inviting a scan
 */
public record RecordLabelContent(String qrPayload, String title, List<Line> lines, String scanPrompt) {

    /** One line of a record label. */
    public record Line(String text, boolean whole) {
        public Line {
            text = VietnameseText.required(text, "label line", 120);
        }

        /** A line that may be shortened to fit. */
        public static Line of(String text) {
            return new Line(text, false);
        }

        /** A line printed whole or not at all (times, codes). */
        public static Line whole(String text) {
            return new Line(text, true);
        }
    }

    public RecordLabelContent {
        qrPayload = LabelContent.checkQrPayload(qrPayload);
        title = VietnameseText.required(title, "title", 200);
        Objects.requireNonNull(lines, "lines");
        if (lines.isEmpty() || lines.size() > 8) {
            throw new IllegalArgumentException("a record label has 1–8 lines, got " + lines.size());
        }
        lines = List.copyOf(lines);
        scanPrompt = VietnameseText.required(scanPrompt, "scan prompt", 100);
    }
}
