package vn.xuatxu.api.passport.report.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.passport.report.application.ProblemReports;
import vn.xuatxu.api.passport.report.persistence.ProblemReportStore;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Buyers' reports for the people who act on them: a producer's staff see their own products' reports, the
 * agency's administrators and inspectors every report. As JSON ({@code GET /api/v1/problem-reports}) and as
 * a page ({@code /bao-cao-nguoi-mua}) linked from the signed-in home page.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ProblemReportController {

    /** One report as the API lists it; times are UTC. */
    @Serdeable
    record ReportRow(long id, LocalDateTime receivedAt, String kind, String producer, String gtin, String productName,
                     String lotNumber, String serial, String message, String contact, String place) {
        static ReportRow of(ProblemReportStore.StoredReport report) {
            return new ReportRow(report.id(), report.receivedAt(), report.kind().name(), report.producerName(),
                    report.gtin(), report.productName(), report.lotNumber(), report.serial(), report.message(),
                    report.contact(), report.place());
        }
    }

    private final ProblemReports reports;

    ProblemReportController(ProblemReports reports) {
        this.reports = reports;
    }

    @Get("/api/v1/problem-reports")
    List<ReportRow> list(Authentication authentication, @Nullable @QueryValue Integer limit) {
        return reports.latest(Actors.of(authentication), limit).stream().map(ReportRow::of).toList();
    }

    @io.swagger.v3.oas.annotations.Hidden
    @Get("/bao-cao-nguoi-mua")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(Authentication authentication) {
        Map<String, Object> model = new HashMap<>();
        model.put("username", Actors.of(authentication).username());
        model.put("reports", reports.latest(Actors.of(authentication), 200).stream().map(report -> {
            Map<String, Object> row = new HashMap<>();
            row.put("id", report.id());
            row.put("kind", report.kind().name());
            row.put("when", report.receivedAt().atOffset(ZoneOffset.UTC).toInstant());
            row.put("productName", report.productName());
            row.put("gtin", report.gtin());
            row.put("lotNumber", report.lotNumber());
            row.put("serial", report.serial());
            row.put("producerName", report.producerName());
            row.put("message", report.message());
            row.put("contact", report.contact());
            row.put("place", report.place());
            return row;
        }).toList());
        return new ModelAndView<>("problem-reports", model);
    }
}
