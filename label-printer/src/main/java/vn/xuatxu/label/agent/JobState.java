package vn.xuatxu.label.agent;

import java.time.Instant;
import vn.xuatxu.label.transport.PrinterException;

/** Where a print job is. SENT means handed to the printer; the agent cannot see paper come out. */
sealed interface JobState {

    /** Short name used in the protocol. */
    String name();

    /** Whether the job will not change any more. */
    default boolean finished() {
        return this instanceof Sent || this instanceof Failed;
    }

    record Queued() implements JobState {
        public String name() {
            return "QUEUED";
        }
    }

    record Sending(int attempt) implements JobState {
        public String name() {
            return "SENDING";
        }
    }

    /** An attempt failed before any byte reached the printer; another follows at {@code nextAttempt}. */
    record Retrying(int attempts, PrinterException.Failure lastFailure, String lastMessage, Instant nextAttempt)
            implements JobState {
        public String name() {
            return "RETRYING";
        }
    }

    record Sent(int attempts, Instant at) implements JobState {
        public String name() {
            return "SENT";
        }
    }

    /**
     * Given up. {@code bytesSent > 0} means part of the job reached the printer, so it was not
     * retried (a retry could print labels twice); check the printer and resubmit what is missing.
     */
    record Failed(int attempts, PrinterException.Failure failure, String message, long bytesSent)
            implements JobState {
        public String name() {
            return "FAILED";
        }
    }
}
