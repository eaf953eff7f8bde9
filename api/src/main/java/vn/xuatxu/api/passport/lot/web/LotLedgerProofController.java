package vn.xuatxu.api.passport.lot.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import vn.xuatxu.api.identity.web.Actors;
import vn.xuatxu.api.ledger.Ledger;
import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.RecordProof;
import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.gs1.LotNumber;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;

/**
 * For the agency's auditors: the ledger's own proof of a lot's current record, independent of the database —
 * the transaction that wrote the latest value, its block and that block's hash, and the hash of the value.
 */
@Controller("/api/v1/ledger/lots")
@Secured({"AGENCY_ADMIN", "INSPECTOR"})
@ExecuteOn(TaskExecutors.BLOCKING)
final class LotLedgerProofController {

    private final Ledger ledger;

    LotLedgerProofController(Ledger ledger) {
        this.ledger = ledger;
    }

    @Serdeable
    record LotProof(String gtin, String lotNumber, String valueHash, String transactionId, long blockNumber,
                    String blockHash, String timestamp) {
    }

    @Get("/{gtin}/{lotNumber}/proof")
    LotProof proof(Authentication authentication, @PathVariable String gtin, @PathVariable String lotNumber) {
        Gtin product = Gtin.parse(gtin);
        LotNumber lot = LotNumber.parse(lotNumber);
        RecordProof proof = ledger.prove(LedgerTransaction.of(Actors.of(authentication).mspId(), "getLotHistory",
                product.value(), lot.value()));
        if (proof instanceof RecordProof.Proven proven) {
            return new LotProof(product.value(), lot.value(), proven.valueHash(), proven.transactionId(),
                    proven.blockNumber(), proven.blockHash(), proven.timestamp().toString());
        }
        if (proof instanceof RecordProof.NotFound) {
            throw new ProblemException.NotFound(PageText.of("lot.error.proofNotOnLedger", lot.value(), product.value()));
        }
        throw new ProblemException.Unavailable(PageText.of("lot.error.proofUnavailable",
                ((RecordProof.Unavailable) proof).reason()));
    }
}
