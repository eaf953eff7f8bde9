package vn.xuatxu.api.platform.idempotency;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.SQLStateClass;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.function.Supplier;

import static vn.xuatxu.api.db.Tables.IDEMPOTENT_REQUEST;

/**
 * Runs a POST at most once per {@code Idempotency-Key} and account. The key is claimed before the work
 * starts; the answer is stored when it succeeds and replayed for every retry with the same request; a
 * refusal releases the key so the corrected request can use it. The same key with a different request
 * is refused, as is a retry while the first attempt is still running.
 */
@Singleton
public final class IdempotentRequests {

    /** A successful answer worth replaying. */
    public record Created(int status, Object body, URI location) {
    }

    private final DSLContext db;
    private final JsonMapper json;
    private final Clock clock;

    IdempotentRequests(DSLContext db, JsonMapper json, Clock clock) {
        this.db = db;
        this.json = json;
        this.clock = clock;
    }

    public HttpResponse<?> run(long userId, String key, String route, Object requestBody, Supplier<Created> work) {
        if (key == null) {
            return respond(work.get());
        }
        String trimmed = key.strip();
        if (trimmed.isEmpty() || trimmed.length() > 128 || !trimmed.matches("[\\x21-\\x7E]+")) {
            throw new ProblemException.InvalidInput("Idempotency-Key",
                    PageText.of("problem.idempotency.key"));
        }
        String fingerprint = sha256(route + "\n" + write(requestBody));
        try {
            db.insertInto(IDEMPOTENT_REQUEST)
                    .set(IDEMPOTENT_REQUEST.USER_ID, userId)
                    .set(IDEMPOTENT_REQUEST.IDEMPOTENCY_KEY, trimmed)
                    .set(IDEMPOTENT_REQUEST.REQUEST_HASH, fingerprint)
                    .set(IDEMPOTENT_REQUEST.CREATED_AT, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .execute();
        } catch (DataAccessException e) {
            if (e.sqlStateClass() != SQLStateClass.C23_INTEGRITY_CONSTRAINT_VIOLATION) {
                throw e;
            }
            return replay(userId, trimmed, fingerprint);
        }
        Created created;
        try {
            created = work.get();
        } catch (RuntimeException e) {
            release(userId, trimmed);
            throw e;
        }
        String body = write(created.body());
        db.update(IDEMPOTENT_REQUEST)
                .set(IDEMPOTENT_REQUEST.RESPONSE_STATUS, created.status())
                .set(IDEMPOTENT_REQUEST.RESPONSE_BODY, body)
                .set(IDEMPOTENT_REQUEST.RESPONSE_LOCATION, created.location() == null ? null : created.location().toString())
                .where(IDEMPOTENT_REQUEST.USER_ID.eq(userId)).and(IDEMPOTENT_REQUEST.IDEMPOTENCY_KEY.eq(trimmed))
                .execute();
        return respond(created);
    }

    private HttpResponse<?> replay(long userId, String key, String fingerprint) {
        var row = db.selectFrom(IDEMPOTENT_REQUEST).where(IDEMPOTENT_REQUEST.USER_ID.eq(userId))
                .and(IDEMPOTENT_REQUEST.IDEMPOTENCY_KEY.eq(key)).fetchOne();
        if (row == null) {
            throw new ProblemException.Conflict(PageText.of("problem.idempotency.cancelled"));
        }
        if (!row.getRequestHash().equals(fingerprint)) {
            throw new ProblemException.Conflict(PageText.of("problem.idempotency.reused"));
        }
        if (row.getResponseStatus() == null) {
            throw new ProblemException.Conflict(PageText.of("problem.idempotency.inProgress"));
        }
        MutableHttpResponse<String> response = HttpResponse.<String>status(HttpStatus.valueOf(row.getResponseStatus()))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("Idempotent-Replayed", "true")
                .body(row.getResponseBody());
        if (row.getResponseLocation() != null) {
            response.header("Location", row.getResponseLocation());
        }
        return response;
    }

    private void release(long userId, String key) {
        db.deleteFrom(IDEMPOTENT_REQUEST).where(IDEMPOTENT_REQUEST.USER_ID.eq(userId))
                .and(IDEMPOTENT_REQUEST.IDEMPOTENCY_KEY.eq(key)).and(IDEMPOTENT_REQUEST.RESPONSE_STATUS.isNull()).execute();
    }

    private static HttpResponse<?> respond(Created created) {
        MutableHttpResponse<Object> response = HttpResponse.status(HttpStatus.valueOf(created.status())).body(created.body());
        if (created.location() != null) {
            response.header("Location", created.location().toString());
        }
        return response;
    }

    private String write(Object value) {
        try {
            return new String(json.writeValueAsBytes(value), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
