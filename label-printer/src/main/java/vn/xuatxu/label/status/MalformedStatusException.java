package vn.xuatxu.label.status;

/**
 * A status reply that does not have the shape its language defines: usually a printer that speaks
 * another language (a TSPL clone asked in ZPL) or a device that is not a printer. Checked, because
 * the caller should report "wrong language configured?" rather than "printer ready".
 */
public class MalformedStatusException extends Exception {

    private static final long serialVersionUID = 1L;

    public MalformedStatusException(String message) {
        super(message);
    }
}
