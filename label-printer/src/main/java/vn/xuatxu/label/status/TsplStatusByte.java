package vn.xuatxu.label.status;

import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;

/**
 * TSPL {@code <ESC>!?}: one byte, 0x00 = ready; bit 0 head open, 1 paper jam, 2 out of paper,
 * 3 out of ribbon, 4 paused, 5 printing, 7 other error (bits combine; bit 6 is undefined).
 */
final class TsplStatusByte implements StatusQuery {

    @Override
    public byte[] request() {
        return new byte[] {0x1B, '!', '?'};
    }

    @Override
    public boolean isComplete(byte[] received) {
        return received.length >= 1;
    }

    @Override
    public PrinterStatus parse(byte[] reply) throws MalformedStatusException {
        if (reply.length != 1) {
            throw new MalformedStatusException("a TSPL <ESC>!? reply is one byte, got " + reply.length + ": "
                    + StatusQuery.printable(reply));
        }
        int b = reply[0] & 0xFF;
        if ((b & 0x40) != 0) {
            throw new MalformedStatusException("TSPL status byte with undefined bit 6 set: "
                    + StatusQuery.printable(reply));
        }
        Set<PrinterCondition> conditions = EnumSet.noneOf(PrinterCondition.class);
        bit(b, 0x01, PrinterCondition.HEAD_OPEN, conditions);
        bit(b, 0x02, PrinterCondition.PAPER_JAM, conditions);
        bit(b, 0x04, PrinterCondition.PAPER_OUT, conditions);
        bit(b, 0x08, PrinterCondition.RIBBON_OUT, conditions);
        bit(b, 0x10, PrinterCondition.PAUSED, conditions);
        bit(b, 0x20, PrinterCondition.PRINTING, conditions);
        bit(b, 0x80, PrinterCondition.OTHER_ERROR, conditions);
        return new PrinterStatus(conditions, OptionalInt.empty(), StatusQuery.printable(reply));
    }

    static void bit(int value, int mask, PrinterCondition condition, Set<PrinterCondition> into) {
        if ((value & mask) != 0) {
            into.add(condition);
        }
    }
}
