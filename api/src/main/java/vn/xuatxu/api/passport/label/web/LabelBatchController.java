package vn.xuatxu.api.passport.label.web;

import io.micronaut.core.annotation.Nullable;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.passport.label.application.LabelBatches;
import vn.xuatxu.api.printing.domain.LabelOutput;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;
import vn.xuatxu.label.layout.LabelImage;
import vn.xuatxu.label.layout.LabelStock;
import vn.xuatxu.label.layout.PrintDensity;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.Map;

/** Label batches over the API: create one for a lot, download it for a printer, void serials. */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class LabelBatchController {

    private final LabelBatches batches;
    private final MeterRegistry metrics;

    LabelBatchController(LabelBatches batches, MeterRegistry metrics) {
        this.batches = batches;
        this.metrics = metrics;
    }

    @Serdeable
    record NewBatch(@Nullable Integer count, @Nullable Boolean acknowledgeIncomplete) {
    }

    @Serdeable
    record VoidRequest(@Nullable List<String> serials, @Nullable String reason) {
    }

    /** A batch and where to download it. */
    @Serdeable
    record BatchResponse(String batchId, long lotId, String gtin, String lotNumber, int labelCount, String merkleRoot,
                         String ledgerStatus, @Nullable String ledgerError, Map<String, String> downloads) {

        static BatchResponse of(LabelBatches.Batch batch) {
            String base = "/api/v1/label-batches/" + batch.stored().batchId() + "/labels?format=";
            return new BatchResponse(batch.stored().batchId(), batch.lot().id(), batch.lot().details().gtin().value(),
                    batch.lot().details().lotNumber().value(), batch.stored().labelCount(), batch.stored().merkleRoot(),
                    batch.stored().ledgerStatus(), batch.stored().ledgerError(),
                    Map.of("zpl", base + "zpl", "tspl", base + "tspl", "escpos", base + "escpos",
                            "pdf", base + "pdf", "pdfA4", base + "pdf-a4"));
        }
    }

    @Serdeable
    record Voided(int voided) {
    }

    /**
     * Creates a batch. A lot whose passport lacks items is answered 409 with its checklist unless the body says
     * {@code "acknowledgeIncomplete": true}; one missing an item the agency made blocking is answered 422.
     */
    @Post(uri = "/lots/{id}/label-batches", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<BatchResponse> create(Authentication authentication, long id, @Body NewBatch body) {
        LabelBatches.Batch batch = batches.create(Actors.of(authentication), id, body.count(),
                Boolean.TRUE.equals(body.acknowledgeIncomplete()));
        return HttpResponse.created(BatchResponse.of(batch),
                URI.create("/api/v1/label-batches/" + batch.stored().batchId()));
    }

    @Get("/label-batches/{batchId}")
    BatchResponse get(Authentication authentication, String batchId) {
        return BatchResponse.of(batches.find(Actors.of(authentication), batchId));
    }

    /**
     * The batch ready for a printer: {@code zpl}, {@code tspl}, {@code escpos} (raw bytes to send to port 9100
     * or a print agent), {@code pdf} (one label per page at the label's size) or {@code pdf-a4} (sheets for
     * office printers). Voided serials are left out.
     */
    @Get("/label-batches/{batchId}/labels")
    HttpResponse<byte[]> labels(Authentication authentication, String batchId, @QueryValue(defaultValue = "pdf") String format,
                                @QueryValue(defaultValue = "MM_50_X_30") String stock,
                                @QueryValue(defaultValue = "203") int dpi) {
        LabelStock labelStock = LabelOutput.stock(stock);
        PrintDensity density = LabelOutput.density(dpi);
        LabelOutput output = LabelOutput.named(format);
        if (output == LabelOutput.PNG) {
            throw new ProblemException.InvalidInput("format", PageText.of("printing.error.batchNotPng"));
        }
        long started = System.nanoTime();
        List<LabelImage> labels = batches.render(Actors.of(authentication), batchId, labelStock, density);
        byte[] bytes = output.render(labels, labelStock);
        String wanted = output.name().toLowerCase(Locale.ROOT).replace('_', '-');
        metrics.counter("xuatxu.labels.rendered", "format", wanted).increment(labels.size());
        metrics.timer("xuatxu.labels.job", "format", wanted).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        return HttpResponse.ok(bytes).contentType(MediaType.of(output.contentType()))
                .header("Content-Disposition", "attachment; filename=\"" + batchId + "." + output.extension() + "\"");
    }

    @Post(uri = "/label-batches/{batchId}/void", consumes = MediaType.APPLICATION_JSON)
    Voided voidSerials(Authentication authentication, String batchId, @Body VoidRequest body) {
        return new Voided(batches.voidSerials(Actors.of(authentication), batchId, body.serials(), body.reason()));
    }
}
