package vn.xuatxu.api.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.xuatxu.api.platform.i18n.PageText;

import java.sql.SQLTransientConnectionException;
import java.util.UUID;

/**
 * The last line: an exception nobody expected is logged with an incident number and answered without
 * any detail of the code, so a stack trace never reaches a browser. A database that cannot be reached
 * is a 503 the person can retry, not a 500.
 */
@Singleton
final class UnexpectedFailureHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedFailureHandler.class);
    private final ProblemResponses responses;

    UnexpectedFailureHandler(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
        if (causedByUnreachableDatabase(exception)) {
            LOG.warn("Database unreachable while serving {} {}: {}", request.getMethod(), request.getPath(),
                    exception.getMessage());
            return responses.respond(request, HttpStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE",
                    PageText.of("problem.databaseUnreachable"));
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Incident {} while serving {} {}", incident, request.getMethod(), request.getPath(), exception);
        return responses.respond(request, HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                PageText.of("problem.internal", incident));
    }

    /**
     * No connection could be had, or the one in use broke: JDBC's connection exceptions, SQLState class 08
     * ("connection exception"), or a socket that refused or closed under the driver.
     */
    private static boolean causedByUnreachableDatabase(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.sql.SQLRecoverableException || t instanceof java.net.ConnectException
                    || (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }
}
