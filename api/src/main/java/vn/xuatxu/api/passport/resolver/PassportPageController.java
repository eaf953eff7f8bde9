package vn.xuatxu.api.passport.resolver;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import org.jooq.DSLContext;
import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.gs1.LotNumber;
import vn.xuatxu.api.passport.lot.persistence.LotStore;
import vn.xuatxu.api.problem.ProblemException;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * The page a phone opens when it scans a lot's QR code: GS1 Digital Link {@code /01/{gtin}/10/{lot}},
 * public, Vietnamese first, small enough for a slow connection, and honest about the ledger.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class PassportPageController {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final DSLContext db;
    private final LotStore lots;
    private final LedgerProof proof;

    PassportPageController(DSLContext db, LotStore lots, LedgerProof proof) {
        this.db = db;
        this.lots = lots;
        this.proof = proof;
    }

    @Get("/01/{gtin}/10/{lot}")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Map<String, Object>>> lot(String gtin, String lot) {
        Gtin parsedGtin = Gtin.parse(gtin);
        LotNumber lotNumber = LotNumber.parse(lot);
        LotStore.StoredLot stored = lots.byGtinAndNumber(db, parsedGtin, lotNumber)
                .orElseThrow(() -> new ProblemException.NotFound("Không tìm thấy lô " + lotNumber + " của sản phẩm có mã "
                        + parsedGtin + ". Nếu mã này được in trên bao bì, sản phẩm có thể không chính hãng."));
        return HttpResponse.ok(new ModelAndView<>("passport", model(stored, proof.check(stored))))
                .header("Cache-Control", "no-cache")
                .header("Content-Language", "vi");
    }

    /** The ledger's UTC timestamp as a Vietnamese reader expects it: local time, day first. */
    private static String vietnameseTime(String instant) {
        try {
            return DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").format(
                    java.time.Instant.parse(instant).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        } catch (java.time.format.DateTimeParseException e) {
            return instant;
        }
    }

    private static Map<String, Object> model(LotStore.StoredLot lot, LedgerProof.Result result) {
        Map<String, Object> model = new HashMap<>();
        model.put("productName", lot.productName());
        model.put("category", lot.category());
        model.put("netContent", lot.netContent());
        model.put("ocopStars", lot.ocopStars());
        model.put("producerName", lot.producerName());
        model.put("place", String.join(", ", java.util.stream.Stream.of(lot.commune(), lot.district(), lot.province())
                .filter(part -> part != null && !part.isBlank()).toList()));
        model.put("gtin", lot.details().gtin().value());
        model.put("lotNumber", lot.details().lotNumber().value());
        model.put("productionDate", VIETNAMESE_DATE.format(lot.details().productionDate()));
        model.put("bestBeforeDate", lot.details().bestBeforeDate().map(VIETNAMESE_DATE::format).orElse(null));
        model.put("quantity", lot.details().quantity().stripTrailingZeros().toPlainString() + " "
                + lot.details().unit().vietnamese());
        model.put("recordHash", lot.details().recordHash());
        if (result instanceof LedgerProof.Result.Matches matches) {
            model.put("proof", "MATCHES");
            model.put("transactionId", matches.transactionId());
            model.put("registeredAt", vietnameseTime(matches.registeredAt()));
            model.put("blockNumber", lot.ledger().blockNumber());
        } else if (result instanceof LedgerProof.Result.Differs) {
            model.put("proof", "DIFFERS");
        } else if (result instanceof LedgerProof.Result.Pending) {
            model.put("proof", "PENDING");
        } else {
            model.put("proof", "UNVERIFIABLE");
        }
        return model;
    }
}
