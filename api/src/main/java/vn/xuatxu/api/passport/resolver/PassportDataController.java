package vn.xuatxu.api.passport.resolver;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.gs1.LotNumber;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The machine-readable targets of the resolver's links ({@code gs1:traceability}, {@code gs1:recallStatus},
 * {@code gs1:verificationService}): public, read from the ledger at request time, JSON. They answer for a
 * lot what its passport page shows to a person.
 */
@Controller("/api/v1/passports/{gtin}/{lot}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class PassportDataController {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper()
                    .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);
    private final Passports passports;
    private final LabelSerials serials;
    private final LedgerRecords records;

    PassportDataController(Passports passports, LabelSerials serials, LedgerRecords records) {
        this.passports = passports;
        this.serials = serials;
        this.records = records;
    }

    @Get(uri = "/events", produces = "application/json")
    HttpResponse<String> events(String gtin, String lot) {
        Passports.LotPassport passport = find(gtin, lot);
        Map<String, Object> body = identity(passport);
        body.put("events", passport.journey().orElseThrow(() ->
                new ProblemException.Unavailable(PageText.of("resolver.error.journeyUnavailable"))));
        return fresh(body);
    }

    @Get(uri = "/recall-status", produces = "application/json")
    HttpResponse<String> recallStatus(String gtin, String lot) {
        Passports.LotPassport passport = find(gtin, lot);
        Map<String, Object> body = identity(passport);
        body.put("status", passport.ledger().status().orElse(null));
        body.put("recalled", passport.ledger().recalled());
        passport.ledger().recall().ifPresent(recall -> body.put("recall", recall));
        return fresh(body);
    }

    @Get(uri = "/verification{?serial}", produces = "application/json")
    HttpResponse<String> verification(String gtin, String lot, @Nullable @QueryValue String serial) {
        Passports.LotPassport passport = find(gtin, lot);
        Map<String, Object> body = identity(passport);
        body.put("ledgerProof", LedgerProof.code(passport.ledger().result()));
        body.put("recordHash", passport.lot().details().recordHash());
        if (passport.ledger().result() instanceof LedgerProof.Result.Matches matches) {
            body.put("transactionId", matches.transactionId());
            body.put("registeredAt", matches.registeredAt());
        }
        if (serial != null) {
            LabelSerial parsed = LabelSerial.parse(serial);
            LabelSerials.Lookup lookup = serials.find(passport.lot().details().gtin(), passport.lot().details().lotNumber(),
                    parsed);
            Map<String, Object> label = new LinkedHashMap<>();
            label.put("serial", parsed.value());
            if (lookup instanceof LabelSerials.Lookup.InBatch inBatch) {
                LedgerRecords.LabelVerdict verdict = records.verifyLabel(passport.lot().details().producerMspId(),
                        passport.lot().details().gtin(), passport.lot().details().lotNumber(), inBatch.batchId(), parsed,
                        inBatch.proofJson());
                label.put("verdict", verdict.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2")
                        .toUpperCase(java.util.Locale.ROOT));
            } else {
                label.put("verdict", "UNKNOWN");
            }
            body.put("label", label);
        }
        return fresh(body);
    }

    private Passports.LotPassport find(String gtin, String lot) {
        Gtin parsedGtin = Gtin.parse(gtin);
        LotNumber number = LotNumber.parse(lot);
        return passports.lot(parsedGtin, number).orElseThrow(() ->
                new ProblemException.NotFound(PageText.of("resolver.error.lotNotFoundShort", number, parsedGtin)));
    }

    private static Map<String, Object> identity(Passports.LotPassport passport) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("gtin", passport.lot().details().gtin().value());
        body.put("lotNumber", passport.lot().details().lotNumber().value());
        return body;
    }

    /** Encoded here with Jackson (records included) rather than by the framework's compile-time serde. */
    private static HttpResponse<String> fresh(Map<String, Object> body) {
        try {
            return HttpResponse.ok(JSON.writeValueAsString(body)).contentType("application/json")
                    .header("Cache-Control", "no-cache").header("Access-Control-Allow-Origin", "*");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A passport document cannot be encoded", e);
        }
    }

}
