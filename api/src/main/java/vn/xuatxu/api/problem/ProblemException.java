package vn.xuatxu.api.problem;

import io.micronaut.http.HttpStatus;

/**
 * A request the application refuses on purpose. The message is written for the person who sent it, in
 * Vietnamese, and is safe to show as it is.
 */
public abstract sealed class ProblemException extends RuntimeException
        permits ProblemException.InvalidInput, ProblemException.Forbidden, ProblemException.NotFound, ProblemException.Conflict,
        ProblemException.Unavailable, ProblemException.TooMany {

    private final String code;

    private ProblemException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }

    public abstract HttpStatus status();

    /** A value the person gave is wrong; {@code field} names it so a form can point at it. */
    public static final class InvalidInput extends ProblemException {
        private final String field;

        public InvalidInput(String field, String message) {
            super("INVALID_INPUT", message);
            this.field = field;
        }

        public String field() {
            return field;
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.BAD_REQUEST;
        }
    }

    /** The person is signed in but their role or organisation may not do this. */
    public static final class Forbidden extends ProblemException {
        public Forbidden(String message) {
            super("FORBIDDEN", message);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.FORBIDDEN;
        }
    }

    /** Nothing by that identifier exists, or not within what the person may see. */
    public static final class NotFound extends ProblemException {
        public NotFound(String message) {
            super("NOT_FOUND", message);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.NOT_FOUND;
        }
    }

    /** The request clashes with what is already stored, e.g. a lot number used twice. */
    public static final class Conflict extends ProblemException {
        public Conflict(String message) {
            super("CONFLICT", message);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }
    }

    /** A service the request needs is down for now; retrying later is safe. */
    public static final class Unavailable extends ProblemException {
        public Unavailable(String message) {
            super("UNAVAILABLE", message);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
    }

    /** Too many requests of this kind from this sender or about this thing; trying later is fine. */
    public static final class TooMany extends ProblemException {
        public TooMany(String message) {
            super("TOO_MANY_REQUESTS", message);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.TOO_MANY_REQUESTS;
        }
    }
}
