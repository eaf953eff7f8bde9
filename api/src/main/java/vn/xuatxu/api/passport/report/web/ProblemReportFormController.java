package vn.xuatxu.api.passport.report.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.gs1.LotNumber;
import vn.xuatxu.api.passport.report.application.ProblemReports;
import vn.xuatxu.api.passport.report.application.ReportFormTokens;
import vn.xuatxu.api.passport.resolver.LabelSerial;
import vn.xuatxu.api.platform.i18n.MessageBundles;
import vn.xuatxu.api.platform.i18n.PageMessages;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.platform.i18n.ReaderLanguage;
import vn.xuatxu.api.platform.origin.RequestOrigins;
import vn.xuatxu.api.problem.ProblemException;

import java.util.HashMap;
import java.util.Map;

/**
 * Where the passport page's "report a problem" form posts: the page's own URI (the form has no action), so
 * the product, lot and serial come from the path, as the page the buyer was reading names them. Public,
 * plain HTML, no script. The answer is a small page: thanks, or the refusal above the form with what the
 * buyer typed (and a fresh form token), with 400, 404 or 429, never a failure.
 *
 * <p>No CSRF token: the form has no session to ride on (a forged post can only do what anyone may do, send
 * a report), and the origin guard still refuses a cross-site post from a browser that carries our session
 * cookie. Spam is answered by {@link ProblemReports}.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ProblemReportFormController {

    private final ProblemReports reports;
    private final ReportFormTokens tokens;
    private final RequestOrigins origins;
    private final MessageBundles bundles;
    private final PageMessages messages;

    ProblemReportFormController(ProblemReports reports, ReportFormTokens tokens, RequestOrigins origins,
                                MessageBundles bundles, PageMessages messages) {
        this.messages = messages;
        this.reports = reports;
        this.tokens = tokens;
        this.origins = origins;
        this.bundles = bundles;
    }

    @Post(uri = "/01/{gtin}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> product(HttpRequest<?> request, @PathVariable String gtin, @Body Map<String, String> form) {
        return submit(request, gtin, null, null, form);
    }

    @Post(uri = "/01/{gtin}/10/{lot}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> lot(HttpRequest<?> request, @PathVariable String gtin, @PathVariable String lot,
                        @Body Map<String, String> form) {
        return submit(request, gtin, lot, null, form);
    }

    @Post(uri = "/01/{gtin}/10/{lot}/21/{serial}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> serial(HttpRequest<?> request, @PathVariable String gtin, @PathVariable String lot,
                           @PathVariable String serial, @Body Map<String, String> form) {
        return submit(request, gtin, lot, serial, form);
    }

    private HttpResponse<?> submit(HttpRequest<?> request, String gtinText, @Nullable String lotText,
                                   @Nullable String serialText, Map<String, String> form) {
        ReaderLanguage reader = ReaderLanguage.of(request.getParameters().get("lang"), request.getHeaders().get("Accept-Language"));
        Map<String, Object> model = new HashMap<>();
        model.put("t", bundles.of("passport", reader.page()));
        model.put("lang", reader.page());
        model.put("backHref", request.getPath() + (reader.page().equals("vi") ? "" : "?lang=" + reader.page()));
        try {
            Gtin gtin = Gtin.parse(gtinText);
            String lot = lotText == null ? null : LotNumber.parse(lotText).value();
            String serial = serialText == null ? null : serial(serialText);
            reports.submit(new ProblemReports.Submission(gtin.value(), lot, serial, form.get("kind"), form.get("message"),
                    form.get("contact"), form.get("website"), form.get("token"), reader.page()), origins.of(request));
            model.put("sent", true);
            return HttpResponse.ok(new ModelAndView<>("problem-report", model)).header("Cache-Control", "no-store");
        } catch (ProblemException problem) {
            model.put("sent", false);
            model.put("reportError", problem.message(reader.page(), messages));
            Map<String, String> typed = new HashMap<>();
            typed.put("kind", form.getOrDefault("kind", ""));
            typed.put("message", form.getOrDefault("message", ""));
            typed.put("contact", form.getOrDefault("contact", ""));
            model.put("reportForm", typed);
            model.put("formToken", tokens.issue());
            return HttpResponse.status(problem.status()).body(new ModelAndView<>("problem-report", model))
                    .header("Cache-Control", "no-store");
        }
    }

    private static String serial(String text) {
        try {
            return new LabelSerial(text).value();
        } catch (IllegalArgumentException e) {
            throw new ProblemException.InvalidInput("serial", PageText.of("report.error.serial"));
        }
    }
}
