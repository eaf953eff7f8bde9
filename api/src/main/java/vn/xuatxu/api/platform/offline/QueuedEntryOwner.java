package vn.xuatxu.api.platform.offline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import vn.xuatxu.api.problem.Problem;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * An entry queued offline names the account that made it ({@code X-Queued-By}). Phones and kitchen tablets
 * are shared: when the queue is sent after someone else signed in, the entry must not be recorded in that
 * other person's name. It is refused with {@code QUEUED_BY_OTHER_ACCOUNT} and stays queued until its
 * author signs in again.
 */
@ServerFilter("/api/**")
final class QueuedEntryOwner implements Ordered {

    static final String HEADER = "X-Queued-By";

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        String queuedBy = request.getHeaders().get(HEADER);
        if (queuedBy == null) {
            return null;
        }
        String author = URLDecoder.decode(queuedBy, StandardCharsets.UTF_8);
        Optional<String> signedIn = request.getUserPrincipal(Authentication.class).map(Authentication::getName);
        if (signedIn.isEmpty() || signedIn.get().equals(author)) {
            return null;
        }
        return HttpResponse.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new Problem(409, "QUEUED_BY_OTHER_ACCOUNT", "Mục này do tài khoản " + author
                        + " ghi khi mất mạng; hãy đăng nhập bằng tài khoản đó để gửi.", null));
    }
}
