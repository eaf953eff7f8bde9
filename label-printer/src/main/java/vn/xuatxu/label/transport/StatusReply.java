package vn.xuatxu.label.transport;

import java.util.Objects;
import vn.xuatxu.label.status.PrinterStatus;

/**
 * The outcome of asking a printer for its status through a transport: either the printer's
 * answer, or a statement that this transport cannot carry answers (CUPS queues and device files
 * are one-way here). A printer that should answer but does not is a {@link PrinterException}.
 */
public sealed interface StatusReply {

    /** The printer answered. */
    record Reported(PrinterStatus status) implements StatusReply {
        public Reported {
            Objects.requireNonNull(status, "status");
        }
    }

    /** This transport cannot read replies; {@code reason} says what to use instead. */
    record NotSupported(String reason) implements StatusReply {
        public NotSupported {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
