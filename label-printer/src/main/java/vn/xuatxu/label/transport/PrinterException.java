package vn.xuatxu.label.transport;

import java.util.Objects;

/**
 * A job or status request did not reach the printer, or the printer did not answer.
 *
 * <p>Checked, and typed by {@link Failure}, because the caller's next step depends on what went
 * wrong: an unreachable printer is worth retrying later, a stalled one needs a person (paper,
 * cover), a rejected CUPS job needs a configuration fix. {@link #bytesSent()} says whether part
 * of the job may already be in the printer: when it is 0 a retry cannot print anything twice.
 */
public final class PrinterException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, from the caller's point of view. */
    public enum Failure {
        /** No connection: host unknown or not answering, device file missing or not writable, lp missing. */
        UNREACHABLE,
        /** The host answered but nothing listens on the port (printer's raw port off, wrong port). */
        REFUSED,
        /** Connected, but the printer stopped taking data or did not answer a status request in time. */
        TIMED_OUT,
        /** The connection broke in the middle of a job or a reply. */
        CONNECTION_LOST,
        /** The spooler refused the job ({@code lp} exited with an error). */
        REJECTED,
        /** The printer answered something that is not a status reply of the expected language. */
        BAD_REPLY
    }

    private final Failure failure;
    private final String target;
    private final long bytesSent;

    public PrinterException(Failure failure, String target, long bytesSent, String message, Throwable cause) {
        super(target + ": " + message, cause);
        this.failure = Objects.requireNonNull(failure, "failure");
        this.target = Objects.requireNonNull(target, "target");
        this.bytesSent = bytesSent;
    }

    public Failure failure() {
        return failure;
    }

    /** The printer as configured, e.g. {@code tcp://192.168.1.50:9100}. */
    public String target() {
        return target;
    }

    /** Bytes of the job handed to the connection before the failure; 0 means nothing can have printed. */
    public long bytesSent() {
        return bytesSent;
    }
}
