package vn.xuatxu.label.status;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.xuatxu.label.language.PrinterLanguage;

/**
 * Parsers against replies written down byte for byte. The ZPL replies follow the layout of the
 * ~HS example in the ZPL II Programming Guide; the TSPL and ESC/POS bytes are the documented bit
 * patterns (no physical printer was recorded, see docs/printing.md).
 */
class StatusQueryTest {

    /** ~HS from an idle printer: 203 dpi, 1245-dot label, nothing waiting. */
    static final String ZPL_IDLE = "\u0002030,0,0,1245,000,0,0,0,000,0,0,0\u0003\r\n"
            + "\u0002001,0,0,0,1,2,4,0,00000000,1,000\u0003\r\n"
            + "\u00021234,0\u0003\r\n";
    /** Paper out and paused (the printer pauses itself when the paper runs out), 7 labels of a batch left. */
    static final String ZPL_PAPER_OUT = "\u0002030,1,1,0240,001,0,0,0,000,0,0,0\u0003\r\n"
            + "\u0002001,0,0,0,1,2,4,0,00000007,1,000\u0003\r\n"
            + "\u00021234,0\u0003\r\n";
    /** Head open. */
    static final String ZPL_HEAD_OPEN = "\u0002030,0,0,0240,000,0,0,0,000,0,0,0\u0003\r\n"
            + "\u0002001,0,1,0,1,2,4,0,00000000,1,000\u0003\r\n"
            + "\u00021234,0\u0003\r\n";

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void zplHostStatusRequestAndReplyFraming() {
        StatusQuery query = StatusQuery.forLanguage(PrinterLanguage.zpl());

        assertArrayEquals(ascii("~HS"), query.request());
        assertFalse(query.isComplete(ascii(ZPL_IDLE.substring(0, 60))), "two lines are not a reply yet");
        assertTrue(query.isComplete(ascii(ZPL_IDLE)));
    }

    @Test
    void zplIdlePrinterIsReady() throws Exception {
        PrinterStatus status = StatusQuery.forLanguage(PrinterLanguage.zpl()).parse(ascii(ZPL_IDLE));

        assertTrue(status.ready());
        assertEquals(Set.of(), status.conditions());
        assertEquals(OptionalInt.of(0), status.labelsRemaining());
        assertEquals("READY", status.summary());
        assertTrue(status.reply().startsWith("<STX>030,0,0,1245"), status.reply());
    }

    @Test
    void zplPaperOutPausedAndHeadOpen() throws Exception {
        StatusQuery query = StatusQuery.forLanguage(PrinterLanguage.zpl());

        PrinterStatus out = query.parse(ascii(ZPL_PAPER_OUT));
        PrinterStatus open = query.parse(ascii(ZPL_HEAD_OPEN));

        assertEquals(EnumSet.of(PrinterCondition.PAPER_OUT, PrinterCondition.PAUSED, PrinterCondition.PRINTING),
                out.conditions());
        assertEquals(OptionalInt.of(7), out.labelsRemaining());
        assertFalse(out.ready());
        assertEquals("PAPER_OUT, PAUSED, PRINTING", out.summary());
        assertEquals(Set.of(PrinterCondition.HEAD_OPEN), open.conditions());
        assertFalse(open.ready());
    }

    @Test
    void zplGarbageIsMalformed() {
        StatusQuery query = StatusQuery.forLanguage(PrinterLanguage.zpl());

        assertThrows(MalformedStatusException.class, () -> query.parse(new byte[] {0x04}));
        assertThrows(MalformedStatusException.class,
                () -> query.parse(ascii(ZPL_IDLE.replace("030,0,0,1245", "030,X,0,1245"))));
        assertThrows(MalformedStatusException.class,
                () -> query.parse(ascii("\u00021,2\u0003\r\n\u00021\u0003\r\n\u00021\u0003\r\n")));
    }

    @Test
    void tsplStatusByte() throws Exception {
        StatusQuery query = StatusQuery.forLanguage(PrinterLanguage.tspl());

        assertArrayEquals(new byte[] {0x1B, '!', '?'}, query.request());
        assertTrue(query.parse(new byte[] {0x00}).ready());
        assertEquals(Set.of(PrinterCondition.HEAD_OPEN), query.parse(new byte[] {0x01}).conditions());
        assertEquals(EnumSet.of(PrinterCondition.PAPER_OUT, PrinterCondition.PAUSED),
                query.parse(new byte[] {0x14}).conditions());
        assertEquals(EnumSet.of(PrinterCondition.PAPER_JAM, PrinterCondition.RIBBON_OUT, PrinterCondition.OTHER_ERROR),
                query.parse(new byte[] {(byte) 0x8A}).conditions());
        PrinterStatus printing = query.parse(new byte[] {0x20});
        assertTrue(printing.ready(), "printing is not an error");
        assertEquals(Set.of(PrinterCondition.PRINTING), printing.conditions());
        assertThrows(MalformedStatusException.class, () -> query.parse(new byte[] {0x40}));
        assertThrows(MalformedStatusException.class, () -> query.parse(new byte[] {0, 0}));
    }

    @Test
    void escPosRealTimeStatusBytes() throws Exception {
        StatusQuery query = StatusQuery.forLanguage(PrinterLanguage.escPos());

        assertArrayEquals(new byte[] {0x10, 4, 1, 0x10, 4, 2, 0x10, 4, 3, 0x10, 4, 4}, query.request());
        assertFalse(query.isComplete(new byte[] {0x16, 0x12}));
        PrinterStatus idle = query.parse(new byte[] {0x16, 0x12, 0x12, 0x12});
        assertTrue(idle.ready(), idle.summary());
        // Cover open: printer off line (bit 3), off-line cause bit 2 and bit 6.
        PrinterStatus cover = query.parse(new byte[] {0x1E, 0x56, 0x12, 0x12});
        assertEquals(Set.of(PrinterCondition.HEAD_OPEN), cover.conditions());
        // Paper end: off-line cause bit 5, sensor bits 5-6 and 2-3.
        PrinterStatus paper = query.parse(new byte[] {0x1E, 0x32, 0x12, 0x7E});
        assertEquals(Set.of(PrinterCondition.PAPER_OUT), paper.conditions());
        PrinterStatus nearEnd = query.parse(new byte[] {0x16, 0x12, 0x12, 0x1E});
        assertEquals(Set.of(PrinterCondition.PAPER_NEAR_END), nearEnd.conditions());
        assertTrue(nearEnd.ready(), "near end still prints");
        PrinterStatus cutter = query.parse(new byte[] {0x1E, 0x52, 0x1A, 0x12});
        assertEquals(Set.of(PrinterCondition.CUTTER_ERROR), cutter.conditions());
        assertThrows(MalformedStatusException.class, () -> query.parse(new byte[] {0x00, 0x12, 0x12, 0x12}),
                "fixed bits wrong: not a status byte");
        assertThrows(MalformedStatusException.class, () -> query.parse(new byte[] {0x16}));
    }
}
