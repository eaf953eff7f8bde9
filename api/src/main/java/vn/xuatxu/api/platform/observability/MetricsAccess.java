package vn.xuatxu.api.platform.observability;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Keeps {@code /prometheus} for the operator: request counts and outbox depth say too much about a
 * province's producers to publish. A scrape from this machine passes (Prometheus or an agent beside the
 * server); from elsewhere it needs {@code Authorization: Bearer <xuatxu.metrics.token>}.
 */
@ServerFilter("/prometheus/**")
final class MetricsAccess {

    private final byte[] token;

    MetricsAccess(@Value("${xuatxu.metrics.token:}") String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        InetAddress caller = request.getRemoteAddress().getAddress();
        if (caller != null && caller.isLoopbackAddress() && request.getHeaders().get("X-Forwarded-For") == null) {
            return null;
        }
        String authorization = request.getHeaders().getAuthorization().orElse("");
        if (token.length > 0 && authorization.startsWith("Bearer ") && MessageDigest.isEqual(token,
                authorization.substring("Bearer ".length()).getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        return HttpResponse.status(HttpStatus.FORBIDDEN)
                .contentType(MediaType.TEXT_PLAIN_TYPE.toString() + ";charset=utf-8")
                .body("Số liệu vận hành chỉ dành cho người vận hành máy chủ (truy cập từ máy chủ hoặc có mã"
                        + " xuatxu.metrics.token). / Metrics are for the operator only.");
    }
}
