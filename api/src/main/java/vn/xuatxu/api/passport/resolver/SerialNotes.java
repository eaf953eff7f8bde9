package vn.xuatxu.api.passport.resolver;

import jakarta.inject.Singleton;
import vn.xuatxu.api.platform.origin.RequestOrigins;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * What a serial's page says about that one label, besides the lot: the ledger's verdict (issued, voided,
 * not issued, unknown), its scans ("genuine, first scanned on … in …, checked N times") and, when it looks
 * copied, a red warning with a link to the report form. Worked out at every scan, never cached (each scan
 * is counted), and written as HTML here, escaped, because it is placed into the lot's cached page.
 */
@Singleton
final class SerialNotes {

    private final LabelSerials serials;
    private final LedgerRecords records;
    private final SerialScans scans;
    private final PageTexts texts;

    SerialNotes(LabelSerials serials, LedgerRecords records, SerialScans scans, PageTexts texts) {
        this.serials = serials;
        this.records = records;
        this.scans = scans;
        this.texts = texts;
    }

    /** The notes for a scan of {@code serial}, as HTML to place in the lot's cached page. */
    String html(String producerMspId, DigitalLinkPath path, LabelSerial serial, RequestOrigins.RequestOrigin origin,
                Language language) {
        return html(notes(producerMspId, path, serial, origin, language));
    }

    private List<PassportPage.Note> notes(String producerMspId, DigitalLinkPath path, LabelSerial serial,
                                                RequestOrigins.RequestOrigin origin, Language language) {
        LabelSerials.Lookup lookup = serials.find(path.gtin(), path.lot().orElseThrow(), serial);
        if (!(lookup instanceof LabelSerials.Lookup.InBatch inBatch)) {
            return List.of(new PassportPage.Note(texts.format(language, "serial.unknown", serial.value()), "warn"));
        }
        LedgerRecords.LabelVerdict verdict = records.verifyLabel(producerMspId, path.gtin(), path.lot().orElseThrow(),
                inBatch.batchId(), serial, inBatch.proofJson());
        if (verdict instanceof LedgerRecords.LabelVerdict.Voided) {
            scans.scan(serial, origin);
            return List.of(new PassportPage.Note(texts.format(language, "serial.voided", serial.value()), "bad"));
        }
        if (verdict instanceof LedgerRecords.LabelVerdict.NotIssued) {
            return List.of(new PassportPage.Note(texts.format(language, "serial.notIssued", serial.value()), "bad"));
        }
        if (!(verdict instanceof LedgerRecords.LabelVerdict.Issued)) {
            return List.of(new PassportPage.Note(texts.format(language, "serial.unverifiable", serial.value()), "warn"));
        }
        SerialScans.Reading reading = scans.scan(serial, origin);
        List<PassportPage.Note> notes = new ArrayList<>();
        if (reading.suspicious()) {
            LabelSerials.ScanHistory history = reading.history().orElseThrow();
            notes.add(new PassportPage.Note(history.placeJumps() > 0
                    ? texts.format(language, "serial.cloneFar", serial.value(), Integer.toString(history.checks()))
                    : texts.format(language, "serial.clone", serial.value(), Integer.toString(history.checks())),
                    "bad", "#bao-cao", texts.format(language, "serial.report")));
        }
        notes.add(new PassportPage.Note(reading.history().map(history -> {
            String first = language.format().date(history.firstCheckedAt().atOffset(ZoneOffset.UTC)
                    .atZoneSameInstant(PassportPage.VIETNAM).toLocalDate());
            String checks = Integer.toString(history.checks());
            return history.firstPlace()
                    .map(place -> texts.format(language, "serial.firstScanAt", serial.value(), first, place, checks))
                    .orElseGet(() -> texts.format(language, "serial.firstScan", serial.value(), first, checks));
        }).orElseGet(() -> texts.format(language, "serial.issued", serial.value())), reading.suspicious() ? "warn" : "ok"));
        return notes;
    }

    /** The notes as HTML, escaped here because they bypass the template (serials may hold {@code < & "}). */
    private static String html(List<PassportPage.Note> notes) {
        StringBuilder html = new StringBuilder();
        for (PassportPage.Note note : notes) {
            html.append("<div class=\"note ").append(note.kind()).append("\" role=\"")
                    .append(note.kind().equals("bad") ? "alert" : "status").append("\">").append(escape(note.text()));
            if (note.link() != null) {
                html.append(" <a href=\"").append(escape(note.link())).append("\">").append(escape(note.linkText()))
                        .append("</a>");
            }
            html.append("</div>");
        }
        return html.toString();
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
