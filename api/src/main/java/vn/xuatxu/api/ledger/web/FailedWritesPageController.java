package vn.xuatxu.api.ledger.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.ledger.FailedWrites;

import java.net.URI;

/** The "Gửi lại" buttons of the home page's refused-writes card: plain form posts that return to the home page. */
@Controller("/so-cai/gui-lai")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class FailedWritesPageController {

    private final FailedWrites failedWrites;

    FailedWritesPageController(FailedWrites failedWrites) {
        this.failedWrites = failedWrites;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> retryAll(Authentication authentication) {
        int retried = failedWrites.retryAll(Actors.of(authentication));
        return HttpResponse.seeOther(URI.create("/trang-chu?guiLai=" + retried + "#ghi-loi"));
    }

    @Post(uri = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> retry(Authentication authentication, long id) {
        failedWrites.retry(Actors.of(authentication), id);
        return HttpResponse.seeOther(URI.create("/trang-chu?guiLai=1#ghi-loi"));
    }
}
