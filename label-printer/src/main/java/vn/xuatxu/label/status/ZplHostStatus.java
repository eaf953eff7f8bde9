package vn.xuatxu.label.status;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;

/**
 * ZPL {@code ~HS}. Reply: three lines {@code <STX>…<ETX><CR><LF>}.
 * Line 1 {@code aaa,b,c,dddd,eee,f,g,h,iii,j,k,l}: b paper out, c paused, eee formats in the receive
 * buffer, f buffer full, k under temperature, l over temperature.
 * Line 2 {@code mmm,n,o,p,q,r,s,t,uuuuuuuu,v,www}: o head up, p ribbon out, uuuuuuuu labels remaining.
 * Line 3 {@code xxxx,y}: password and static RAM; not used.
 */
final class ZplHostStatus implements StatusQuery {

    private static final byte ETX = 0x03;

    @Override
    public byte[] request() {
        return "~HS".getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public boolean isComplete(byte[] received) {
        int lines = 0;
        for (int i = 0; i < received.length; i++) {
            if (received[i] == ETX) {
                lines++;
            }
        }
        return lines >= 3;
    }

    @Override
    public PrinterStatus parse(byte[] reply) throws MalformedStatusException {
        String text = new String(reply, StandardCharsets.US_ASCII);
        String[] lines = new String[3];
        int from = 0;
        for (int i = 0; i < 3; i++) {
            int stx = text.indexOf('\u0002', from);
            int etx = stx < 0 ? -1 : text.indexOf('\u0003', stx);
            if (etx < 0) {
                throw malformed("expected three <STX>…<ETX> lines", reply);
            }
            lines[i] = text.substring(stx + 1, etx);
            from = etx + 1;
        }
        String[] first = lines[0].split(",", -1);
        String[] second = lines[1].split(",", -1);
        if (first.length != 12 || second.length != 11) {
            throw malformed("expected 12 fields in line 1 and 11 in line 2", reply);
        }
        Set<PrinterCondition> conditions = EnumSet.noneOf(PrinterCondition.class);
        flag(first[1], PrinterCondition.PAPER_OUT, conditions, reply);
        flag(first[2], PrinterCondition.PAUSED, conditions, reply);
        flag(first[5], PrinterCondition.BUFFER_FULL, conditions, reply);
        flag(first[10], PrinterCondition.HEAD_TEMPERATURE, conditions, reply);
        flag(first[11], PrinterCondition.HEAD_TEMPERATURE, conditions, reply);
        flag(second[2], PrinterCondition.HEAD_OPEN, conditions, reply);
        flag(second[3], PrinterCondition.RIBBON_OUT, conditions, reply);
        int remaining = number(second[8], reply);
        int formatsWaiting = number(first[4], reply);
        if (remaining > 0 || formatsWaiting > 0) {
            conditions.add(PrinterCondition.PRINTING);
        }
        return new PrinterStatus(conditions, OptionalInt.of(remaining), StatusQuery.printable(reply));
    }

    private static void flag(String field, PrinterCondition condition, Set<PrinterCondition> into, byte[] reply)
            throws MalformedStatusException {
        switch (field) {
            case "1" -> into.add(condition);
            case "0" -> {
            }
            default -> throw malformed("flag field '" + field + "' is not 0 or 1", reply);
        }
    }

    private static int number(String field, byte[] reply) throws MalformedStatusException {
        if (!field.matches("\\d{1,8}")) {
            throw malformed("'" + field + "' is not a count", reply);
        }
        return Integer.parseInt(field);
    }

    private static MalformedStatusException malformed(String why, byte[] reply) {
        return new MalformedStatusException("not a ZPL ~HS reply (" + why + "): " + StatusQuery.printable(reply));
    }
}
