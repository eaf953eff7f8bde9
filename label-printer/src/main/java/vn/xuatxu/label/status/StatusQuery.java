package vn.xuatxu.label.status;

import vn.xuatxu.label.language.EscPos;
import vn.xuatxu.label.language.PrinterLanguage;
import vn.xuatxu.label.language.Tspl;
import vn.xuatxu.label.language.Zpl;

/**
 * A language's real-time status request: the bytes to send, how to tell that the reply is
 * complete, and how to read it.
 *
 * <p>Each language has exactly one here, chosen because it is answered at once, even while the
 * printer is in an error state or busy, and because clones implement it:
 * <ul>
 *   <li>ZPL {@code ~HS} (host status): three {@code <STX>…<ETX><CR><LF>} lines;</li>
 *   <li>TSPL {@code <ESC>!?}: one status byte;</li>
 *   <li>ESC/POS {@code DLE EOT 1..4}: four real-time status bytes (printer, off-line cause,
 *       error cause, paper sensor).</li>
 * </ul>
 * Transports that can read replies (TCP) use {@link #request()} and {@link #isComplete(byte[])};
 * {@link #parse(byte[])} is pure and tested against recorded replies.
 */
public interface StatusQuery {

    /** The status request for a language. */
    static StatusQuery forLanguage(PrinterLanguage language) {
        if (language instanceof Zpl) {
            return new ZplHostStatus();
        } else if (language instanceof Tspl) {
            return new TsplStatusByte();
        } else if (language instanceof EscPos) {
            return new EscPosRealTimeStatus();
        }
        throw new IllegalArgumentException("no status query for " + language);
    }

    /** Bytes to send to the printer. */
    byte[] request();

    /** Whether {@code received} (everything read so far) is a whole reply. */
    boolean isComplete(byte[] received);

    /**
     * Reads a complete reply.
     *
     * @throws MalformedStatusException if it does not have this language's shape
     */
    PrinterStatus parse(byte[] reply) throws MalformedStatusException;

    /** A reply as printable text for logs and error messages. */
    static String printable(byte[] reply) {
        StringBuilder text = new StringBuilder();
        for (byte b : reply) {
            int c = b & 0xFF;
            switch (c) {
                case 0x02 -> text.append("<STX>");
                case 0x03 -> text.append("<ETX>");
                case '\r' -> text.append("<CR>");
                case '\n' -> text.append("<LF>");
                default -> text.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : "<%02X>".formatted(c));
            }
        }
        return text.toString();
    }
}
