package vn.xuatxu.api.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import vn.xuatxu.api.platform.i18n.PageMessages;
import vn.xuatxu.api.platform.i18n.PageText;

/**
 * The framework's own refusals (malformed JSON, a missing parameter, an unknown route, a wrong content
 * type) in the same shape and language as ours (Vietnamese unless the request asks for English), and never with the framework's internal message for a 500.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class FrameworkRefusals implements ErrorResponseProcessor<Problem> {

    private final ProblemResponses responses;
    private final PageMessages messages;

    FrameworkRefusals(ProblemResponses responses, PageMessages messages) {
        this.responses = responses;
        this.messages = messages;
    }

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.status();
        String detail = context.getErrors().isEmpty() ? null : context.getErrors().get(0).getMessage();
        String message = messageOf(status, detail).in(responses.language(context.getRequest()), messages);
        Problem problem = new Problem(status.getCode(), codeOf(status), message, null);
        return response.body(problem).contentType(io.micronaut.http.MediaType.APPLICATION_JSON_TYPE);
    }

    private static String codeOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "INVALID_INPUT";
            case UNAUTHORIZED -> "UNAUTHORIZED";
            case FORBIDDEN -> "FORBIDDEN";
            case NOT_FOUND -> "NOT_FOUND";
            case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
            case UNSUPPORTED_MEDIA_TYPE -> "UNSUPPORTED_MEDIA_TYPE";
            case REQUEST_ENTITY_TOO_LARGE -> "TOO_LARGE";
            case NOT_ACCEPTABLE -> "NOT_ACCEPTABLE";
            default -> status.getCode() >= 500 ? "INTERNAL_ERROR" : "REQUEST_REFUSED";
        };
    }

    private static PageText messageOf(HttpStatus status, String detail) {
        return switch (status) {
            case BAD_REQUEST -> detail != null && detail.startsWith("Invalid JSON") ? PageText.of("problem.framework.json")
                    : detail == null ? PageText.of("problem.framework.badRequest")
                    : PageText.of("problem.framework.badRequestDetail", shorten(detail));
            case UNAUTHORIZED -> PageText.of("problem.framework.unauthorized");
            case FORBIDDEN -> PageText.of("problem.framework.forbidden");
            case NOT_FOUND -> PageText.of("problem.framework.notFound");
            case METHOD_NOT_ALLOWED -> PageText.of("problem.framework.methodNotAllowed");
            case UNSUPPORTED_MEDIA_TYPE -> PageText.of("problem.framework.unsupportedMediaType");
            case REQUEST_ENTITY_TOO_LARGE -> PageText.of("problem.framework.tooLarge");
            case NOT_ACCEPTABLE -> PageText.of("problem.framework.notAcceptable");
            default -> status.getCode() >= 500 ? PageText.of("problem.framework.internal") : PageText.of("problem.framework.refused");
        };
    }

    /** Framework details can be long or echo input; keep a short, single-line excerpt. */
    private static String shorten(String detail) {
        String line = detail.replaceAll("[\\r\\n\\t]+", " ").replaceAll("\\p{Cntrl}", "");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
