package vn.xuatxu.api.passport.resolver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import vn.xuatxu.api.ledger.Ledger;
import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.LedgerUnavailableException;
import vn.xuatxu.api.ledger.QueryOutcome;
import vn.xuatxu.api.passport.gs1.Gtin;
import vn.xuatxu.api.passport.gs1.LotNumber;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the passport shows straight from the ledger rather than from the database: a lot's journey (its
 * traceability events, in the order the ledger accepted them), a product's OCOP certificate and protected
 * mark, and the contract's verdict on a label serial. Reads are evaluations (no transaction, in-process on
 * the embedded ledger); a ledger that cannot answer leaves the section out instead of failing the scan.
 */
@Singleton
final class LedgerRecords {

    /**
     * One traceability event on a lot, as the contract stores it (organisation ids, UTC times); a
     * transformation also names its input and output lots (one step back, one step forward).
     */
    record JourneyStep(String step, String bizStep, String disposition, String eventTime, String custodianFrom,
                       String custodianTo, String recordedBy, String transactionId, String eventHash,
                       List<LotLink> inputLots, List<LotLink> outputLots) {
    }

    /** A lot named by an event, as GTIN and lot number. */
    record LotLink(String gtin, String lotNumber) {
    }

    /** The OCOP certificate as registered on the ledger. */
    record OcopCertificate(String number, String issueDate, String expiryDate) {
    }

    /** A geographical indication, collective or certification mark the product may carry. */
    record ProtectedMark(String kind, String name, String certificateNumber, String holder) {
    }

    /** The product's certificates on the ledger. */
    record ProductCertificates(Optional<Integer> ocopStars, Optional<OcopCertificate> ocop, Optional<ProtectedMark> mark) {
    }

    /** The contract's answer for one label serial. */
    sealed interface LabelVerdict {
        record Issued(String lotStatus) implements LabelVerdict {
        }

        record Voided(String reason, String voidedAt) implements LabelVerdict {
        }

        record NotIssued() implements LabelVerdict {
        }

        /** No verdict: the ledger refused or could not be reached. */
        record Unverifiable() implements LabelVerdict {
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Ledger ledger;

    LedgerRecords(Ledger ledger) {
        this.ledger = ledger;
    }

    /** The lot's events in acceptance order; empty when there are none or the ledger cannot tell now. */
    Optional<List<JourneyStep>> journey(String askingMspId, Gtin gtin, LotNumber lot) {
        return answer(LedgerTransaction.of(askingMspId, "getLotEvents", gtin.value(), lot.value())).map(events -> {
            List<JourneyStep> steps = new ArrayList<>();
            for (JsonNode event : events) {
                steps.add(new JourneyStep(text(event, "step"), text(event, "bizStep"), text(event, "disposition"),
                        text(event, "eventTime"), text(event, "custodianFrom"), text(event, "custodianTo"),
                        text(event, "recordedBy"), text(event, "txId"), text(event, "eventHash"),
                        links(event.path("inputLots")), links(event.path("outputLots"))));
            }
            return List.copyOf(steps);
        });
    }

    /** The product's OCOP stars, certificate and mark as the ledger holds them. */
    Optional<ProductCertificates> certificates(String askingMspId, Gtin gtin) {
        return answer(LedgerTransaction.of(askingMspId, "getProduct", gtin.value())).map(product -> {
            JsonNode ocop = product.path("ocopCertificate");
            JsonNode mark = product.path("mark");
            Optional<Integer> stars = product.path("ocopStars").isInt() && product.path("ocopStars").asInt() > 0
                    ? Optional.of(product.path("ocopStars").asInt()) : Optional.empty();
            return new ProductCertificates(stars,
                    ocop.isObject() ? Optional.of(new OcopCertificate(text(ocop, "number"), text(ocop, "issueDate"),
                            text(ocop, "expiryDate"))) : Optional.empty(),
                    mark.isObject() ? Optional.of(new ProtectedMark(text(mark, "kind"), text(mark, "name"),
                            text(mark, "certificateNumber"), text(mark, "holder"))) : Optional.empty());
        });
    }

    /** Asks the contract whether {@code serial} belongs to the batch, given its Merkle proof. */
    LabelVerdict verifyLabel(String askingMspId, Gtin gtin, LotNumber lot, String batchId, LabelSerial serial,
                             String proofJson) {
        return answer(LedgerTransaction.of(askingMspId, "verifyLabel", gtin.value(), lot.value(), batchId,
                serial.value(), proofJson)).<LabelVerdict>map(verdict -> switch (text(verdict, "verdict")) {
                    case "ISSUED" -> new LabelVerdict.Issued(text(verdict, "lotStatus"));
                    case "VOIDED" -> new LabelVerdict.Voided(text(verdict.path("voided"), "reason"),
                            text(verdict.path("voided"), "voidedAt"));
                    case "NOT_ISSUED" -> new LabelVerdict.NotIssued();
                    default -> new LabelVerdict.Unverifiable();
                }).orElseGet(LabelVerdict.Unverifiable::new);
    }

    private Optional<JsonNode> answer(LedgerTransaction query) {
        try {
            if (ledger.evaluate(query) instanceof QueryOutcome.Answered answered) {
                return Optional.of(JSON.readTree(answered.payload()));
            }
            return Optional.empty();
        } catch (LedgerUnavailableException | IOException e) {
            return Optional.empty();
        }
    }

    private static List<LotLink> links(JsonNode lots) {
        List<LotLink> links = new ArrayList<>();
        for (JsonNode lot : lots) {
            links.add(new LotLink(text(lot, "gtin"), text(lot, "lotNumber")));
        }
        return List.copyOf(links);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() ? value.asText() : null;
    }
}
