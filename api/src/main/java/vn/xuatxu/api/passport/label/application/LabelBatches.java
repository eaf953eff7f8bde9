package vn.xuatxu.api.passport.label.application;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import vn.xuatxu.api.identity.domain.Actor;
import vn.xuatxu.api.identity.domain.OrganisationKind;
import vn.xuatxu.api.identity.domain.Role;
import vn.xuatxu.api.ledger.LedgerJson;
import vn.xuatxu.api.ledger.LedgerTransaction;
import vn.xuatxu.api.ledger.Outbox;
import vn.xuatxu.api.passport.gs1.DigitalLink;
import vn.xuatxu.api.passport.label.persistence.LabelBatchStore;
import vn.xuatxu.api.passport.lot.application.LotLabels;
import vn.xuatxu.api.passport.lot.application.LotLookup;
import vn.xuatxu.api.passport.lot.persistence.LotStore;
import vn.xuatxu.api.passport.model.application.PassportCompleteness;
import vn.xuatxu.api.platform.i18n.PageText;
import vn.xuatxu.api.problem.ProblemException;
import vn.xuatxu.chaincode.merkle.MerkleTree;
import vn.xuatxu.label.content.LabelContent;
import vn.xuatxu.label.layout.LabelDoesNotFitException;
import vn.xuatxu.label.layout.LabelImage;
import vn.xuatxu.label.layout.LabelLayout;
import vn.xuatxu.label.layout.LabelStock;
import vn.xuatxu.label.layout.PrintDensity;
import vn.xuatxu.label.serial.LabelSerial;
import vn.xuatxu.label.serial.LabelSerialGenerator;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Label batches for a lot: each unit label gets an unguessable serial, the serials are stored and their
 * Merkle root goes to the ledger through the outbox, so a scanned serial can later be proven issued, voided
 * or made up, without ever putting the serials themselves on chain.
 */
@Singleton
public final class LabelBatches {

    /** The most labels one batch may have: a day's run of a busy co-op, and a bound on render time. */
    public static final int MAX_LABELS = 10_000;

    /** A batch with its lot, as the API shows it. */
    public record Batch(LabelBatchStore.StoredBatch stored, LotStore.StoredLot lot) {
    }

    private final DSLContext db;
    private final LotLookup lots;
    private final LotStore lotStore;
    private final LabelBatchStore batches;
    private final Outbox outbox;
    private final DigitalLink links;
    private final PassportCompleteness completeness;
    private final LabelSerialGenerator serials = LabelSerialGenerator.secure();
    private final SecureRandom random = new SecureRandom();
    private final String smsKeyword;

    LabelBatches(DSLContext db, LotLookup lots, LotStore lotStore, LabelBatchStore batches, Outbox outbox, DigitalLink links,
                 PassportCompleteness completeness, @Value("${xuatxu.sms.keyword:XX}") String smsKeyword) {
        this.smsKeyword = smsKeyword.toUpperCase(Locale.ROOT);
        this.db = db;
        this.completeness = completeness;
        this.lots = lots;
        this.lotStore = lotStore;
        this.batches = batches;
        this.outbox = outbox;
        this.links = links;
    }

    /**
     * A new batch of {@code count} labels for the actor's own lot. A lot whose passport lacks items is refused
     * with its checklist until {@code acknowledgeIncomplete} is set, and refused regardless when an item the
     * agency made blocking is missing or expired (see {@link PassportCompleteness#clearForPrinting}).
     */
    public Batch create(Actor actor, long lotId, Integer count, boolean acknowledgeIncomplete) {
        LotStore.StoredLot lot = ownLot(actor, lotId);
        if (count == null || count < 1 || count > MAX_LABELS) {
            throw new ProblemException.InvalidInput("count",
                    PageText.of("printing.error.count",
                    String.format("%,d", MAX_LABELS).replace(',', '.')));
        }
        completeness.clearForPrinting(lot.id(), acknowledgeIncomplete);
        List<String> serialList = newSerials(count);
        long key = db.transactionResult(configuration -> issueIn(configuration.dsl(), actor, lot, serialList));
        return new Batch(batches.byId(db, key).orElseThrow(), lot);
    }

    /**
     * Stores a batch of the given serials for the lot and queues its Merkle root for the ledger, inside the
     * caller's transaction; returns the batch's key. Reserved serials bound by a lot registered offline
     * become a batch this way, exactly as freshly drawn ones do.
     */
    public long issueIn(DSLContext transaction, Actor actor, LotStore.StoredLot lot, List<String> serialList) {
        String root = MerkleTree.of(serialList).rootHex();
        String batchId = "B" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36).toUpperCase();
        long id = batches.insert(transaction, batchId, lot.id(), actor.userId(), root, serialList);
        Map<String, Object> fields = new HashMap<>();
        fields.put("gtin", lot.details().gtin().value());
        fields.put("lotNumber", lot.details().lotNumber().value());
        fields.put("batchId", batchId);
        fields.put("labelCount", serialList.size());
        fields.put("merkleRoot", root);
        outbox.enqueue(transaction, Outbox.SubjectType.LABEL_BATCH, id,
                LedgerTransaction.of(actor.mspId(), "registerLabelBatch", LedgerJson.of(fields)));
        return id;
    }

    /**
     * {@code count} new serials whose SMS codes (first 8 characters) are distinct from each other and from every
     * issued serial's, so a texted code always names one label. Redraws are rare: with a million serials
     * issued, about one new serial in 850,000 collides.
     */
    List<String> newSerials(int count) {
        Map<String, String> byCode = new LinkedHashMap<>();
        while (byCode.size() < count) {
            Map<String, String> drawn = new LinkedHashMap<>();
            while (byCode.size() + drawn.size() < count) {
                LabelSerial serial = serials.next();
                if (!byCode.containsKey(serial.smsCode())) {
                    drawn.putIfAbsent(serial.smsCode(), serial.value());
                }
            }
            batches.takenSmsCodes(db, drawn.keySet()).forEach(drawn::remove);
            byCode.putAll(drawn);
        }
        return List.copyOf(byCode.values());
    }

    public Batch find(Actor actor, String batchId) {
        LabelBatchStore.StoredBatch batch = batches.byBatchId(db, batchId)
                .orElseThrow(() -> new ProblemException.NotFound(PageText.of("printing.error.batchNotFound", batchId)));
        return new Batch(batch, lots.find(actor, batch.lotId()));
    }

    /** The batch's labels rendered for printing, in printing order, voided serials left out. */
    public List<LabelImage> render(Actor actor, String batchId, LabelStock stock, PrintDensity density) {
        Batch batch = find(actor, batchId);
        return render(batch.stored(), batch.lot(), 1, batch.stored().labelCount(), stock, density);
    }

    /**
     * The labels at batch positions {@code first}–{@code last} (from 1, inclusive), voided serials left out: a
     * print job queued by someone who could see the batch, sent on in parts by a print agent.
     */
    public List<LabelImage> renderPositions(long batchKey, int first, int last, LabelStock stock, PrintDensity density) {
        LabelBatchStore.StoredBatch batch = batches.byId(db, batchKey)
                .orElseThrow(() -> new ProblemException.NotFound(PageText.of("printing.error.batchMissing")));
        LotStore.StoredLot lot = lotStore.byId(db, batch.lotId())
                .orElseThrow(() -> new ProblemException.NotFound(PageText.of("printing.error.batchLotMissing")));
        return render(batch, lot, first, last, stock, density);
    }

    private List<LabelImage> render(LabelBatchStore.StoredBatch batch, LotStore.StoredLot lot, int first, int last,
                                    LabelStock stock, PrintDensity density) {
        LabelLayout layout = LabelLayout.of(stock, density);
        List<LabelImage> images = new ArrayList<>();
        for (LabelBatchStore.StoredSerial serial : batches.serials(db, batch.id())) {
            if (serial.voided() || serial.position() < first || serial.position() > last) {
                continue;
            }
            LabelContent content = LotLabels.content(lot, links.serial(lot.details().gtin(), lot.details().lotNumber(),
                    serial.serial(), lot.details().bestBeforeDate()), serial.serial(), smsCheck(serial.serial()));
            try {
                images.add(layout.render(content));
            } catch (LabelDoesNotFitException e) {
                throw new ProblemException.InvalidInput("stock", PageText.of("printing.error.qrTooBig"));
            }
        }
        return images;
    }

    /** What a buyer texts to check the label, e.g. "XX 7KQ2MZ9D"; none for a serial too short to carry a code. */
    private String smsCheck(String serial) {
        return serial.length() < LabelSerial.SMS_CODE_LENGTH ? null
                : smsKeyword + " " + serial.substring(0, LabelSerial.SMS_CODE_LENGTH);
    }

    /** Voids serials (lost, damaged or misprinted labels): a scan of them then says "voided". */
    public int voidSerials(Actor actor, String batchId, List<String> serialsToVoid, String reason) {
        Batch batch = find(actor, batchId);
        requireOwnerOrAgency(actor, batch.lot());
        if (serialsToVoid == null || serialsToVoid.isEmpty() || serialsToVoid.size() > 1000) {
            throw new ProblemException.InvalidInput("serials", PageText.of("printing.error.voidCount"));
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new ProblemException.InvalidInput("reason", PageText.of("printing.error.voidReason"));
        }
        Set<String> known = new LinkedHashSet<>();
        batches.serials(db, batch.stored().id()).forEach(s -> known.add(s.serial()));
        List<String> unknown = serialsToVoid.stream().filter(s -> !known.contains(s)).toList();
        if (!unknown.isEmpty()) {
            throw new ProblemException.InvalidInput("serials", PageText.of("printing.error.voidUnknown",
                    String.join(", ", unknown.stream().limit(5).toList()) + (unknown.size() > 5 ? "…" : "")));
        }
        List<String> distinct = List.copyOf(new LinkedHashSet<>(serialsToVoid));
        return db.transactionResult(configuration -> {
            DSLContext transaction = configuration.dsl();
            int voided = batches.voidSerials(transaction, batch.stored().id(), distinct, reason.strip());
            Map<String, Object> fields = new HashMap<>();
            fields.put("gtin", batch.lot().details().gtin().value());
            fields.put("lotNumber", batch.lot().details().lotNumber().value());
            fields.put("batchId", batchId);
            fields.put("serials", distinct);
            fields.put("reason", reason.strip());
            outbox.enqueue(transaction, Outbox.SubjectType.LEDGER, null,
                    LedgerTransaction.of(actor.mspId(), "voidLabels", LedgerJson.of(fields)));
            return voided;
        });
    }

    private LotStore.StoredLot ownLot(Actor actor, long lotId) {
        LotStore.StoredLot lot = lots.find(actor, lotId);
        if (actor.organisationKind() != OrganisationKind.PRODUCER || lot.organisationId() != actor.organisationId()
                || !actor.hasAnyRole(Role.ORG_ADMIN, Role.STAFF)) {
            throw new ProblemException.Forbidden(PageText.of("printing.error.batchOwner"));
        }
        return lot;
    }

    private static void requireOwnerOrAgency(Actor actor, LotStore.StoredLot lot) {
        boolean owner = lot.organisationId() == actor.organisationId() && actor.hasAnyRole(Role.ORG_ADMIN, Role.STAFF);
        boolean agency = actor.organisationKind() == OrganisationKind.AGENCY && actor.hasAnyRole(Role.AGENCY_ADMIN);
        if (!owner && !agency) {
            throw new ProblemException.Forbidden(PageText.of("printing.error.voidWho"));
        }
    }
}
