package vn.xuatxu.api.passport.model.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import vn.xuatxu.api.passport.model.application.IncompletePassportException;

/**
 * Answers a label request for a lot with an incomplete passport: 409 with the checklist while the warning is
 * not acknowledged, 422 when a blocking item is missing or expired. The body is the usual problem (status,
 * error, message) plus the checklist, so a client can show what to fix.
 */
@Singleton
@Requires(classes = ExceptionHandler.class)
final class IncompletePassportHandler implements ExceptionHandler<IncompletePassportException, HttpResponse<?>> {

    /** The problem body with the lot's checklist. */
    @Serdeable
    record IncompletePassport(int status, String error, String message, Checklist checklist) {
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, IncompletePassportException exception) {
        HttpStatus status = status(exception);
        return HttpResponse.status(status).contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new IncompletePassport(status.getCode(), exception.blocked() ? "PASSPORT_BLOCKED" : "PASSPORT_INCOMPLETE",
                        exception.getMessage(), Checklist.of(exception.passport(), exception.completeness())));
    }

    static HttpStatus status(IncompletePassportException exception) {
        return exception.blocked() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.CONFLICT;
    }
}
