package vn.xuatxu.api.problem;

import io.micronaut.http.HttpStatus;
import vn.xuatxu.api.platform.i18n.PageMessages;
import vn.xuatxu.api.platform.i18n.PageText;

/**
 * A request the application refuses on purpose. The message is written for the person who sent it and is
 * safe to show as it is. A refusal made with a {@link PageText} (a key in the page words and its arguments)
 * is put into the reader's language when it is answered ({@link #message(String, PageMessages)}); one made
 * with a plain text, as older code does, is Vietnamese in every language. {@link #getMessage()} is always
 * the Vietnamese text, for logs and tests.
 */
public abstract sealed class ProblemException extends RuntimeException
        permits ProblemException.InvalidInput, ProblemException.Forbidden, ProblemException.NotFound, ProblemException.Conflict,
        ProblemException.Unavailable, ProblemException.TooMany {

    private final String code;
    private final PageText text;

    private ProblemException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
        this.text = null;
    }

    private ProblemException(String code, PageText text) {
        super(text.key(), null, false, false);
        this.code = code;
        this.text = text;
    }

    public String code() {
        return code;
    }

    /** The Vietnamese text. */
    @Override
    public String getMessage() {
        return text == null ? super.getMessage() : text.vietnamese();
    }

    /** The text in {@code language} ({@code vi} or {@code en}); Vietnamese when it was made without a key. */
    public String message(String language, PageMessages messages) {
        return text == null ? getMessage() : text.in(language, messages);
    }

    public abstract HttpStatus status();

    /** A value the person gave is wrong; {@code field} names it so a form can point at it. */
    public static final class InvalidInput extends ProblemException {
        private final String field;

        public InvalidInput(String field, String message) {
            super("INVALID_INPUT", message);
            this.field = field;
        }

        public InvalidInput(String field, PageText text) {
            super("INVALID_INPUT", text);
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

        public Forbidden(PageText text) {
            super("FORBIDDEN", text);
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

        public NotFound(PageText text) {
            super("NOT_FOUND", text);
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

        public Conflict(PageText text) {
            super("CONFLICT", text);
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

        public Unavailable(PageText text) {
            super("UNAVAILABLE", text);
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

        public TooMany(PageText text) {
            super("TOO_MANY_REQUESTS", text);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.TOO_MANY_REQUESTS;
        }
    }
}
