package vn.xuatxu.api.passport.export.application;

import vn.xuatxu.api.passport.export.domain.PassportRow;

import java.util.List;

/**
 * The port towards the national traceability portal (or any receiver of passports): deliver one batch.
 * The portal's own API is not public, so everything the platform needs from it is this one operation;
 * pointing the platform at the real portal means writing (or configuring) one implementation.
 *
 * <p>Guarantees an implementation must keep (checked by {@code PassportPortalContractTest} against every
 * implementation):
 * <ul>
 *   <li>{@link Outcome.Accepted} only when the receiver confirmed the whole batch;</li>
 *   <li>a batch delivered again with the same {@link Batch#id()} is harmless (the id is its content hash;
 *       HTTP implementations send it as {@code Idempotency-Key}), so a retry after a lost answer is safe;</li>
 *   <li>{@link Outcome.Refused} when the receiver rejects the batch itself: sending it again will not help;</li>
 *   <li>{@link Outcome.Unreachable} when the receiver could not be reached or answered with a temporary
 *       failure even after the implementation's own retries; the caller tries again later;</li>
 *   <li>never throws for a delivery failure.</li>
 * </ul>
 */
public interface PassportPortal {

    /** A short name for logs and the push cursor, e.g. {@code https}. */
    String name();

    /** Delivers the batch, retrying temporary failures as configured. */
    Outcome push(Batch batch);

    /** Passports to deliver together, in (changedAt, lotId) order, with their content-derived id. */
    record Batch(String id, List<PassportRow> passports) {

        public Batch {
            passports = List.copyOf(passports);
            if (passports.isEmpty()) {
                throw new IllegalArgumentException("A batch holds at least one passport");
            }
        }
    }

    /** How a delivery ended. */
    sealed interface Outcome {

        /** How many times the batch was sent. */
        int attempts();

        /** The receiver confirmed the batch; {@code receipt} is what it answered (may be empty). */
        record Accepted(int attempts, int httpStatus, String receipt) implements Outcome {
        }

        /** The receiver rejected the batch; repeating it will not help. */
        record Refused(int attempts, int httpStatus, String reason) implements Outcome {
        }

        /** The receiver was not reached, or failed temporarily on every attempt. */
        record Unreachable(int attempts, Integer httpStatus, String reason) implements Outcome {
        }
    }
}
