package vn.xuatxu.label.status;

import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;

/**
 * ESC/POS {@code DLE EOT 1}, {@code 2}, {@code 3}, {@code 4} sent together; the printer answers each
 * with one byte, in order. Every byte has bit 1 and bit 4 set and bits 0 and 7 clear, which is
 * how a status byte is told from stray data.
 * <ul>
 *   <li>1 printer: bit 3 off line;</li>
 *   <li>2 off-line cause: bit 2 cover open, bit 3 paper fed by the button, bit 5 stopped at paper
 *       end, bit 6 error;</li>
 *   <li>3 error cause: bit 2 recoverable (mechanical) error, bit 3 cutter error, bit 5
 *       unrecoverable error, bit 6 auto-recoverable error (head temperature);</li>
 *   <li>4 paper sensor: bits 2–3 near end, bits 5–6 paper end.</li>
 * </ul>
 */
final class EscPosRealTimeStatus implements StatusQuery {

    private static final byte DLE = 0x10;
    private static final byte EOT = 0x04;

    @Override
    public byte[] request() {
        return new byte[] {DLE, EOT, 1, DLE, EOT, 2, DLE, EOT, 3, DLE, EOT, 4};
    }

    @Override
    public boolean isComplete(byte[] received) {
        return received.length >= 4;
    }

    @Override
    public PrinterStatus parse(byte[] reply) throws MalformedStatusException {
        if (reply.length != 4) {
            throw new MalformedStatusException("expected 4 ESC/POS status bytes, got " + reply.length + ": "
                    + StatusQuery.printable(reply));
        }
        for (byte b : reply) {
            if ((b & 0x93) != 0x12) {
                throw new MalformedStatusException("not an ESC/POS status byte (fixed bits wrong): "
                        + StatusQuery.printable(reply));
            }
        }
        int printer = reply[0];
        int offline = reply[1];
        int error = reply[2];
        int paper = reply[3];
        Set<PrinterCondition> conditions = EnumSet.noneOf(PrinterCondition.class);
        TsplStatusByte.bit(offline, 0x04, PrinterCondition.HEAD_OPEN, conditions);
        TsplStatusByte.bit(offline, 0x20, PrinterCondition.PAPER_OUT, conditions);
        TsplStatusByte.bit(paper, 0x60, PrinterCondition.PAPER_OUT, conditions);
        if (!conditions.contains(PrinterCondition.PAPER_OUT)) {
            TsplStatusByte.bit(paper, 0x0C, PrinterCondition.PAPER_NEAR_END, conditions);
        }
        TsplStatusByte.bit(error, 0x08, PrinterCondition.CUTTER_ERROR, conditions);
        TsplStatusByte.bit(error, 0x40, PrinterCondition.HEAD_TEMPERATURE, conditions);
        TsplStatusByte.bit(error, 0x24, PrinterCondition.OTHER_ERROR, conditions);
        boolean explained = conditions.stream().anyMatch(PrinterCondition::blocksPrinting);
        if (!explained && ((printer & 0x08) != 0 || (offline & 0x40) != 0)) {
            conditions.add(PrinterCondition.OTHER_ERROR);
        }
        return new PrinterStatus(conditions, OptionalInt.empty(), StatusQuery.printable(reply));
    }
}
