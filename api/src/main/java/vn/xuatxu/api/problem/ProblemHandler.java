package vn.xuatxu.api.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers a deliberate refusal with its status and the person's message, as JSON or as a page, in their language. */
@Singleton
@Requires(classes = ExceptionHandler.class)
final class ProblemHandler implements ExceptionHandler<ProblemException, HttpResponse<?>> {

    private final ProblemResponses responses;

    ProblemHandler(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ProblemException exception) {
        return responses.respond(request, exception);
    }
}
