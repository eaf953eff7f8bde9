package vn.xuatxu.chaincode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.shim.ChaincodeStub;
import vn.xuatxu.chaincode.merkle.MerkleProof;
import vn.xuatxu.chaincode.model.BatchId;
import vn.xuatxu.chaincode.model.BizStep;
import vn.xuatxu.chaincode.model.Disposition;
import vn.xuatxu.chaincode.model.EpcisEventHash;
import vn.xuatxu.chaincode.model.EpcisEventType;
import vn.xuatxu.chaincode.model.GeoPoint;
import vn.xuatxu.chaincode.model.Gtin;
import vn.xuatxu.chaincode.model.KitchenDayVersion;
import vn.xuatxu.chaincode.model.LabelBatch;
import vn.xuatxu.chaincode.model.LabelVerdict;
import vn.xuatxu.chaincode.model.LabelVoiding;
import vn.xuatxu.chaincode.model.LedgerConfiguration;
import vn.xuatxu.chaincode.model.Lot;
import vn.xuatxu.chaincode.model.LotEventEntry;
import vn.xuatxu.chaincode.model.LotNumber;
import vn.xuatxu.chaincode.model.LotQuantity;
import vn.xuatxu.chaincode.model.LotReference;
import vn.xuatxu.chaincode.model.LotRegistration;
import vn.xuatxu.chaincode.model.LotRelation;
import vn.xuatxu.chaincode.model.LotStatus;
import vn.xuatxu.chaincode.model.MarkKind;
import vn.xuatxu.chaincode.model.MspId;
import vn.xuatxu.chaincode.model.OcopCertificate;
import vn.xuatxu.chaincode.model.Organisation;
import vn.xuatxu.chaincode.model.OrganisationKind;
import vn.xuatxu.chaincode.model.Origin;
import vn.xuatxu.chaincode.model.Product;
import vn.xuatxu.chaincode.model.ProtectedMark;
import vn.xuatxu.chaincode.model.Quantity;
import vn.xuatxu.chaincode.model.Recall;
import vn.xuatxu.chaincode.model.RecallNotice;
import vn.xuatxu.chaincode.model.SerialNumber;
import vn.xuatxu.chaincode.model.Sha256Hex;
import vn.xuatxu.chaincode.model.TraceEvent;
import vn.xuatxu.chaincode.model.TraceStep;
import vn.xuatxu.chaincode.model.VoidedLabel;
import vn.xuatxu.chaincode.state.CanonicalJson;
import vn.xuatxu.chaincode.state.KeyHistoryEntry;
import vn.xuatxu.chaincode.state.ObjectType;
import vn.xuatxu.chaincode.state.Page;
import vn.xuatxu.chaincode.state.WorldState;

/**
 * The traceability contract: who may put which organisations, products, lots, traceability events,
 * label batches, recalls and kitchen day records on the ledger, and in what form.
 *
 * <p>Every function takes and returns strings (JSON for records) because the shim cannot serialise
 * records, and because the api module calls these methods by name, in-process, through its own
 * {@code ChaincodeStub}. Refusals are {@link org.hyperledger.fabric.shim.ChaincodeException}s built
 * by {@link ErrorCode}. The caller's organisation is resolved by {@link Caller} (Fabric CA attribute
 * {@code xuatxu.org}, else the MSP id).
 *
 * <p>Writes are idempotent because the api submits through an outbox that may retry after a
 * crash: resubmitting identical content as the same caller returns the stored record unchanged,
 * without writing or emitting an event; the same key with other content is {@code ALREADY_EXISTS}.
 * Every accepted write emits exactly one {@link ContractEvent}.
 *
 * <p>Deterministic by construction: time comes from the transaction timestamp, never a clock;
 * state is canonical JSON with no floating point; iteration is over lists and key-ordered ranges,
 * never over hash maps.
 */
@Contract(name = "passport", info = @Info(title = "Xuất Xứ passport contract", version = "0.2"))
@Default
public final class PassportContract implements ContractInterface {
    /** Name of the chaincode event emitted when a lot is first registered; its payload is the stored lot JSON. */
    public static final String LOT_REGISTERED_EVENT = "LotRegistered";

    /**
     * The offset in which producers date their lots (Vietnam, no daylight saving), used to decide
     * whether a production date lies in the future of the transaction. A fixed offset, not a zone
     * id, so no time-zone database can make peers disagree.
     */
    static final ZoneOffset PRODUCTION_DATE_OFFSET = ZoneOffset.ofHours(7);

    /** How far an event time may lie after the transaction timestamp (clock skew of capturing devices). */
    static final Duration EVENT_TIME_TOLERANCE = Duration.ofMinutes(10);

    /** Most lots one traceability event may touch (objects, or inputs plus outputs). */
    static final int MAX_EVENT_LOTS = 50;

    /** Most serials one voidLabels call may void. */
    static final int MAX_VOIDED_PER_CALL = 1000;

    /** Most labels in one batch. */
    static final int MAX_LABELS_PER_BATCH = 1_000_000;

    /** Largest page listLots returns. */
    static final int MAX_PAGE_SIZE = 100;

    private static final int MAX_NAME = 200;
    private static final int MAX_PLACE = 100;
    private static final int MAX_CATEGORY = 100;
    private static final int MAX_UNIT = 20;
    private static final int MAX_REFERENCE = 100;
    private static final int MAX_REASON = 500;

    private static final Set<String> LOT_FIELDS = Set.of("gtin", "lotNumber", "productionDate", "bestBeforeDate",
            "quantity", "unit", "recordHash", "origin");
    private static final Set<String> LOT_REFERENCE_FIELDS = Set.of("gtin", "lotNumber");
    private static final Set<String> INPUT_LOT_FIELDS = Set.of("gtin", "lotNumber", "quantity");

    /** Liveness probe. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String ping(Context ctx) {
        return "pong";
    }

    // ---- organisations -------------------------------------------------------------------------

    /**
     * Records the province agency once per channel and registers it as an {@code AGENCY}
     * organisation. Only the agency itself may call it. Emits {@code LedgerInitialised}.
     *
     * @return the ledger configuration JSON, {@code {"agencyMspId":"..."}}; the same on a repeated call
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String initLedger(Context ctx, String agencyMspId) {
        String tx = "initLedger";
        MspId agency = Submission.argument(tx, "agencyMspId", agencyMspId, MspId::new);
        WorldState state = new WorldState(ctx.getStub());
        Caller caller = Caller.resolve(tx, ctx, state);
        if (!caller.organisationId().equals(agency.value())) {
            throw ErrorCode.FORBIDDEN.exception(tx + ": caller '" + caller.organisationId()
                    + "' cannot initialise the ledger for agency MSP '" + agency + "'; the agency must call it itself");
        }
        LedgerConfiguration configuration = new LedgerConfiguration(agency.value());
        Optional<LedgerConfiguration> existing = state.read(LedgerConfiguration.class, ObjectType.CONFIG, "ledger");
        if (existing.isPresent()) {
            if (existing.get().equals(configuration)) {
                return state.readJson(ObjectType.CONFIG, "ledger").orElseThrow();
            }
            throw ErrorCode.ALREADY_EXISTS.exception(tx + ": the ledger is already initialised for agency MSP '"
                    + existing.get().agencyMspId() + "'");
        }
        state.write(Organisation.agency(agency, caller.fabricMspId()), ObjectType.ORGANISATION, agency.value());
        String json = state.write(configuration, ObjectType.CONFIG, "ledger");
        ContractEvent.LEDGER_INITIALISED.emit(ctx.getStub(), json);
        return json;
    }

    /**
     * Registers a producer, school kitchen or other organisation. Only the agency may call it. Emits
     * {@code OrganisationRegistered}.
     *
     * @param organisationJson {@code mspId} (the organisation id), {@code name}, {@code kind}
     *                         (AGENCY | PRODUCER | SCHOOL_KITCHEN), {@code province}, optional
     *                         {@code district}, {@code commune} and {@code fabricMspId} (the MSP its
     *                         identities belong to; defaults to {@code mspId})
     * @return the stored organisation JSON
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String registerOrganisation(Context ctx, String organisationJson) {
        String tx = "registerOrganisation";
        WorldState state = new WorldState(ctx.getStub());
        LedgerConfiguration configuration = requireInitialised(tx, state);
        Caller caller = Caller.resolve(tx, ctx, state);
        if (!caller.isAgency(configuration)) {
            throw ErrorCode.FORBIDDEN.exception(tx + ": only the agency MSP '" + configuration.agencyMspId()
                    + "' may register organisations; caller is '" + caller.organisationId() + "'");
        }
        Submission submission = Submission.parse(tx, "organisationJson", organisationJson,
                Set.of("mspId", "name", "kind", "province", "district", "commune", "fabricMspId"), Set.of());
        Organisation organisation = new Organisation(
                submission.required("mspId", MspId::new).value(),
                submission.requiredText("name", MAX_NAME),
                submission.requiredEnum("kind", OrganisationKind.class),
                submission.requiredText("province", MAX_PLACE),
                submission.optionalText("district", MAX_PLACE).orElse(null),
                submission.optionalText("commune", MAX_PLACE).orElse(null),
                submission.optional("fabricMspId", MspId::new).map(MspId::value).orElse(null));
        Optional<Organisation> existing = state.read(Organisation.class, ObjectType.ORGANISATION, organisation.mspId());
        if (existing.isPresent()) {
            if (existing.get().equals(organisation)) {
                return state.readJson(ObjectType.ORGANISATION, organisation.mspId()).orElseThrow();
            }
            throw ErrorCode.ALREADY_EXISTS.exception(tx + ": organisation '" + organisation.mspId()
                    + "' is already registered with different content");
        }
        String json = state.write(organisation, ObjectType.ORGANISATION, organisation.mspId());
        ContractEvent.ORGANISATION_REGISTERED.emit(ctx.getStub(), json);
        return json;
    }

    // ---- products ------------------------------------------------------------------------------

    /**
     * Registers a product owned by the calling producer. Emits {@code ProductRegistered}.
     *
     * @param productJson {@code gtin} (14 digits, valid GS1 check digit), {@code name}, {@code category},
     *                    optional {@code ocopStars} (0, 3, 4 or 5), {@code ocopCertificate}
     *                    ({@code number}, {@code issueDate}, {@code expiryDate}; needs 3 to 5 stars) and
     *                    {@code mark} ({@code kind}, {@code name}, optional {@code certificateNumber},
     *                    {@code holder}); {@code ownerMspId} is the caller
     * @return the stored product JSON
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String registerProduct(Context ctx, String productJson) {
        String tx = "registerProduct";
        WorldState state = new WorldState(ctx.getStub());
        requireInitialised(tx, state);
        Caller caller = Caller.resolve(tx, ctx, state);
        caller.require(tx, OrganisationKind.PRODUCER);
        Product product = parseProduct(tx, ctx, productJson, caller.organisationId());
        Optional<Product> existing = state.read(Product.class, ObjectType.PRODUCT, product.gtin());
        if (existing.isPresent()) {
            if (existing.get().equals(product)) {
                return state.readJson(ObjectType.PRODUCT, product.gtin()).orElseThrow();
            }
            throw ErrorCode.ALREADY_EXISTS.exception(tx + ": GTIN " + product.gtin() + " is already registered"
                    + (existing.get().ownerMspId().equals(caller.organisationId())
                            ? " with different content (use updateProduct to change it)"
                            : " by MSP '" + existing.get().ownerMspId() + "'"));
        }
        String json = state.write(product, ObjectType.PRODUCT, product.gtin());
        ContractEvent.PRODUCT_REGISTERED.emit(ctx.getStub(), json);
        return json;
    }

    /**
     * Replaces the name, category, OCOP rating and certificate, and mark of a product the caller
     * owns (an OCOP renewal, a newly granted GI). Emits {@code ProductUpdated}; an update to identical
     * content writes nothing and emits nothing.
     *
     * @param productJson the same fields as {@link #registerProduct}; absent optional fields are removed
     * @return the stored product JSON
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String updateProduct(Context ctx, String productJson) {
        String tx = "updateProduct";
        WorldState state = new WorldState(ctx.getStub());
        requireInitialised(tx, state);
        Caller caller = Caller.resolve(tx, ctx, state);
        caller.require(tx, OrganisationKind.PRODUCER);
        Product product = parseProduct(tx, ctx, productJson, caller.organisationId());
        Product existing = state.read(Product.class, ObjectType.PRODUCT, product.gtin())
                .orElseThrow(() -> ErrorCode.NOT_FOUND.exception(tx + ": no product with GTIN " + product.gtin() + " is registered"));
        if (!existing.ownerMspId().equals(caller.organisationId())) {
            throw ErrorCode.FORBIDDEN.exception(tx + ": GTIN " + product.gtin() + " is owned by '" + existing.ownerMspId()
                    + "'; caller '" + caller.organisationId() + "' cannot change it");
        }
        if (existing.equals(product)) {
            return state.readJson(ObjectType.PRODUCT, product.gtin()).orElseThrow();
        }
        String json = state.write(product, ObjectType.PRODUCT, product.gtin());
        ContractEvent.PRODUCT_UPDATED.emit(ctx.getStub(), json);
        return json;
    }

    private static Product parseProduct(String tx, Context ctx, String productJson, String owner) {
        Submission submission = Submission.parse(tx, "productJson", productJson,
                Set.of("gtin", "name", "category", "ocopStars", "ocopCertificate", "mark"), Set.of("ownerMspId"));
        Integer ocopStars = submission.optionalInteger("ocopStars").orElse(null);
        if (ocopStars != null && ocopStars != 0 && (ocopStars < 3 || ocopStars > 5)) {
            throw submission.violation("field 'ocopStars' must be 0 (not rated) or 3, 4 or 5 (OCOP stars), got " + ocopStars);
        }
        OcopCertificate certificate = submission.optionalObject("ocopCertificate", Set.of("number", "issueDate", "expiryDate"))
                .map(c -> {
                    LocalDate issued = c.requiredDate("issueDate");
                    LocalDate expires = c.requiredDate("expiryDate");
                    if (!expires.isAfter(issued)) {
                        throw c.fieldInvalid("expiryDate", "(" + expires + ") must be after field 'ocopCertificate.issueDate' ("
                                + issued + ")");
                    }
                    if (issued.isAfter(transactionDate(ctx))) {
                        throw c.fieldInvalid("issueDate", "(" + issued + ") is after the transaction date " + transactionDate(ctx));
                    }
                    return new OcopCertificate(c.requiredText("number", MAX_REFERENCE), issued.toString(), expires.toString());
                })
                .orElse(null);
        if (certificate != null && (ocopStars == null || ocopStars == 0)) {
            throw submission.violation("field 'ocopCertificate' needs field 'ocopStars' of 3, 4 or 5");
        }
        ProtectedMark mark = submission.optionalObject("mark", Set.of("kind", "name", "certificateNumber", "holder"))
                .map(m -> new ProtectedMark(m.requiredEnum("kind", MarkKind.class), m.requiredText("name", MAX_NAME),
                        m.optionalText("certificateNumber", MAX_REFERENCE).orElse(null),
                        m.optionalText("holder", MAX_NAME).orElse(null)))
                .orElse(null);
        return new Product(
                submission.required("gtin", Gtin::new).value(),
                submission.requiredText("name", MAX_NAME),
                submission.requiredText("category", MAX_CATEGORY),
                ocopStars, certificate, mark, owner);
    }

    // ---- lots ----------------------------------------------------------------------------------

    /**
     * Registers a production lot of a product the caller owns, and emits {@value #LOT_REGISTERED_EVENT}.
     *
     * @param lotJson {@code gtin}, {@code lotNumber} (GS1 AI 10), {@code productionDate},
     *                optional {@code bestBeforeDate} (ISO dates, not before production), {@code quantity}
     *                (positive decimal string), {@code unit}, {@code recordHash} (SHA-256 hex), optional
     *                {@code origin} ({@code province}, {@code commune}, optional {@code district} and
     *                {@code geo} {@code {latitude, longitude}} as decimal strings)
     * @return the stored lot JSON
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String registerLot(Context ctx, String lotJson) {
        String tx = "registerLot";
        WorldState state = new WorldState(ctx.getStub());
        requireInitialised(tx, state);
        Caller caller = Caller.resolve(tx, ctx, state);
        Submission submission = Submission.parse(tx, "lotJson", lotJson, LOT_FIELDS,
                Set.of("status", "custodianMspId", "ownerMspId", "registeredAt", "txId", "derivedFrom", "shipment",
                        "recall", "eventCount"));
        LotRegistration registration = parseLotRegistration(ctx, submission, caller.organisationId());

        Product product = state.read(Product.class, ObjectType.PRODUCT, registration.gtin())
                .orElseThrow(() -> ErrorCode.NOT_FOUND.exception(tx + ": no product with GTIN " + registration.gtin()
                        + " is registered"));
        if (!product.ownerMspId().equals(caller.organisationId())) {
            throw ErrorCode.FORBIDDEN.exception(tx + ": GTIN " + registration.gtin() + " is owned by MSP '" + product.ownerMspId()
                    + "'; caller MSP '" + caller.organisationId() + "' cannot register its lots");
        }
        LotStore lots = new LotStore(state);
        LotReference reference = new LotReference(registration.gtin(), registration.lotNumber());
        Optional<Lot> existing = lots.find(reference);
        if (existing.isPresent()) {
            if (existing.get().registration().equals(registration)) {
                return state.readJson(ObjectType.LOT, reference.gtin(), reference.lotNumber()).orElseThrow();
            }
            throw ErrorCode.ALREADY_EXISTS.exception(tx + ": lot '" + reference.lotNumber() + "' of GTIN " + reference.gtin()
                    + " is already registered with different content");
        }
        String json = lots.create(Lot.registered(registration, timestamp(ctx), ctx.getStub().getTxId()));
        ContractEvent.LOT_REGISTERED.emit(ctx.getStub(), json);
        return json;
    }

    private static LotRegistration parseLotRegistration(Context ctx, Submission submission, String owner) {
        Gtin gtin = submission.required("gtin", Gtin::new);
        LotNumber lotNumber = submission.required("lotNumber", LotNumber::new);
        LocalDate productionDate = submission.requiredDate("productionDate");
        Optional<LocalDate> bestBeforeDate = submission.optionalDate("bestBeforeDate");
        Quantity quantity = submission.required("quantity", Quantity::new);
        String unit = submission.requiredText("unit", MAX_UNIT);
        Sha256Hex recordHash = submission.required("recordHash", Sha256Hex::new);
        Origin origin = submission.optionalObject("origin", Set.of("province", "district", "commune", "geo"))
                .map(o -> new Origin(o.requiredText("province", MAX_PLACE), o.optionalText("district", MAX_PLACE).orElse(null),
                        o.requiredText("commune", MAX_PLACE),
                        o.optionalObject("geo", Set.of("latitude", "longitude")).map(g -> {
                            String latitude = g.required("latitude", text -> text);
                            String longitude = g.required("longitude", text -> text);
                            try {
                                return new GeoPoint(latitude, longitude);
                            } catch (IllegalArgumentException e) {
                                throw o.fieldInvalid("geo", e.getMessage());
                            }
                        }).orElse(null)))
                .orElse(null);

        LocalDate transactionDate = transactionDate(ctx);
        if (productionDate.isAfter(transactionDate)) {
            throw submission.violation("field 'productionDate' (" + productionDate + ") is after the transaction date "
                    + transactionDate + " (UTC+07:00); a lot cannot be registered before it is produced");
        }
        if (bestBeforeDate.isPresent() && bestBeforeDate.get().isBefore(productionDate)) {
            throw submission.violation("field 'bestBeforeDate' (" + bestBeforeDate.get()
                    + ") must not precede field 'productionDate' (" + productionDate + ")");
        }
        return new LotRegistration(gtin.value(), lotNumber.value(), productionDate.toString(),
                bestBeforeDate.map(LocalDate::toString).orElse(null), quantity.value(), unit, recordHash.value(), owner,
                origin);
    }

    /** The stored lot JSON. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getLot(Context ctx, String gtin, String lotNumber) {
        String tx = "getLot";
        LotReference lot = lotArgument(tx, gtin, lotNumber);
        return new WorldState(ctx.getStub()).readJson(ObjectType.LOT, lot.gtin(), lot.lotNumber())
                .orElseThrow(() -> ErrorCode.NOT_FOUND.exception(tx + ": no lot '" + lot.lotNumber() + "' of GTIN "
                        + lot.gtin() + " is registered"));
    }

    /**
     * A lot with its key history and its traceability events:
     * {@code {"lot":{...},"history":[{"txId","timestamp","isDelete","value"}...],"events":[...]}}.
     * History is oldest first (the contract reverses Fabric 2.x's newest-first order); events are in
     * the order the ledger accepted them.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getLotHistory(Context ctx, String gtin, String lotNumber) {
        String tx = "getLotHistory";
        WorldState state = new WorldState(ctx.getStub());
        String lotJson = getLot(ctx, gtin, lotNumber);
        LotReference lot = lotArgument(tx, gtin, lotNumber);
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.set("lot", tree(lotJson));
        ArrayNode history = result.putArray("history");
        List<KeyHistoryEntry> entries = new ArrayList<>(state.history(ObjectType.LOT, lot.gtin(), lot.lotNumber()));
        java.util.Collections.reverse(entries);
        for (KeyHistoryEntry entry : entries) {
            ObjectNode line = history.addObject();
            line.put("txId", entry.txId());
            line.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(entry.timestamp()));
            line.put("isDelete", entry.deleted());
            if (!entry.deleted() && entry.value().length > 0) {
                line.set("value", tree(new String(entry.value(), StandardCharsets.UTF_8)));
            }
        }
        result.set("events", eventsOf(state, lot));
        return CanonicalJson.encodeToString(result);
    }

    /** A lot's traceability events, in the order the ledger accepted them, as a JSON array. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getLotEvents(Context ctx, String gtin, String lotNumber) {
        String tx = "getLotEvents";
        getLot(ctx, gtin, lotNumber);
        return CanonicalJson.encodeToString(eventsOf(new WorldState(ctx.getStub()), lotArgument(tx, gtin, lotNumber)));
    }

    private static ArrayNode eventsOf(WorldState state, LotReference lot) {
        ArrayNode events = JsonNodeFactory.instance.arrayNode();
        for (LotEventEntry entry : state.readAll(LotEventEntry.class, ObjectType.LOT_EVENT, lot.gtin(), lot.lotNumber())) {
            String hex = new EpcisEventHash(entry.eventHash()).hex();
            events.add(tree(state.readJson(ObjectType.TRACE_EVENT, hex).orElseThrow(() -> new IllegalStateException(
                    "lot " + lot + " lists event " + entry.eventHash() + ", which is not stored"))));
        }
        return events;
    }

    /**
     * One page of the lots an organisation owns or holds, in key order (GTIN, then lot number), by a
     * composite-key range so LevelDB peers can answer it.
     *
     * @param organisationId the organisation id
     * @param relation       {@code OWNER} or {@code CUSTODIAN}
     * @param pageSize       1 to 100, as a decimal string
     * @param bookmark       empty for the first page, else the {@code bookmark} of the previous page
     * @return {@code {"records":[lot...],"fetchedRecordsCount":n,"bookmark":"..."}}; the bookmark is
     *         empty on the last page
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String listLots(Context ctx, String organisationId, String relation, String pageSize, String bookmark) {
        String tx = "listLots";
        MspId organisation = Submission.argument(tx, "organisationId", organisationId, MspId::new);
        LotRelation lotRelation = Submission.argument(tx, "relation", relation, text -> {
            for (LotRelation candidate : LotRelation.values()) {
                if (candidate.name().equals(text)) {
                    return candidate;
                }
            }
            throw new IllegalArgumentException("must be OWNER or CUSTODIAN, got \"" + text + "\"");
        });
        int size = Submission.argument(tx, "pageSize", pageSize, text -> {
            if (!text.matches("[1-9][0-9]{0,2}") || Integer.parseInt(text) > MAX_PAGE_SIZE) {
                throw new IllegalArgumentException("must be a whole number from 1 to " + MAX_PAGE_SIZE + ", got \"" + text + "\"");
            }
            return Integer.parseInt(text);
        });
        ChaincodeStub stub = ctx.getStub();
        ObjectType index = lotRelation == LotRelation.OWNER ? ObjectType.LOT_BY_OWNER : ObjectType.LOT_BY_CUSTODIAN;
        String prefix = index.partialKey(stub, organisation.value()).toString();
        String startKey = "";
        if (bookmark != null && !bookmark.isEmpty()) {
            try {
                startKey = new String(Base64.getUrlDecoder().decode(bookmark), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw ErrorCode.INVALID_ARGUMENT.exception(tx + ": argument 'bookmark' is not a bookmark this function returned");
            }
            if (!startKey.startsWith(prefix) || startKey.length() == prefix.length()) {
                throw ErrorCode.INVALID_ARGUMENT.exception(tx + ": argument 'bookmark' belongs to another listing");
            }
        }
        WorldState state = new WorldState(stub);
        Page<LotReference> page = state.page(LotReference.class, size, startKey, index, organisation.value());
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ArrayNode records = result.putArray("records");
        for (LotReference reference : page.records()) {
            records.add(tree(state.readJson(ObjectType.LOT, reference.gtin(), reference.lotNumber()).orElseThrow(
                    () -> new IllegalStateException("index lists lot " + reference + ", which is not stored"))));
        }
        result.put("fetchedRecordsCount", page.fetchedRecordsCount());
        result.put("bookmark", page.bookmark().isEmpty() ? ""
                : Base64.getUrlEncoder().withoutPadding().encodeToString(page.bookmark().getBytes(StandardCharsets.UTF_8)));
        return CanonicalJson.encodeToString(result);
    }

    // ---- traceability events -------------------------------------------------------------------

    /**
     * Records an EPCIS 2.0 traceability event by its hash and applies it to the lots it names (the
     * state machine in {@code docs/chaincode.md}). Emits {@code TraceEventRecorded}; resubmitting the
     * same event (same hash and fields, same caller) returns the stored event without effect.
     *
     * @param eventJson {@code eventHash} ({@code ni:///sha-256;<hex>?ver=CBV2.0}), {@code type}
     *                  ({@code ObjectEvent} | {@code TransformationEvent}), {@code bizStep} (CBV word),
     *                  optional {@code disposition} (CBV word), {@code eventTime} (RFC 3339 with offset);
     *                  ObjectEvent: {@code lots} [{gtin, lotNumber}], plus {@code receiverMspId} when
     *                  shipping; TransformationEvent: {@code inputLots} [{gtin, lotNumber, optional
     *                  quantity used (what is left of the lot when omitted)}] and optional
     *                  {@code outputLots}, each {gtin, lotNumber} (an existing lot) or a full
     *                  {@code registerLot} object (a new lot)
     * @return the stored event JSON
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String recordEvent(Context ctx, String eventJson) {
        String tx = "recordEvent";
        WorldState state = new WorldState(ctx.getStub());
        LedgerConfiguration configuration = requireInitialised(tx, state);
        Caller caller = Caller.resolve(tx, ctx, state);
        caller.requireRegistered(tx);
        ProposedEvent proposed = parseEvent(tx, ctx, eventJson, caller.organisationId());

        Optional<TraceEvent> existing = state.read(TraceEvent.class, ObjectType.TRACE_EVENT, proposed.hash().hex());
        if (existing.isPresent()) {
            TraceEvent candidate = new TraceEvent(proposed.hash().value(), proposed.type().epcisName(), proposed.bizStep(),
                    proposed.step(), proposed.disposition(), proposed.eventTime(), proposed.lots(), proposed.inputLots(),
                    proposed.outputReferences(), null, null, caller.organisationId(), null, null, proposed.inputQuantities());
            if (existing.get().sameAssertionAs(candidate)) {
                return state.readJson(ObjectType.TRACE_EVENT, proposed.hash().hex()).orElseThrow();
            }
            throw ErrorCode.ALREADY_EXISTS.exception(tx + ": event " + proposed.hash() + " is already recorded with different "
                    + "fields or by another organisation");
        }
        if (proposed.receiver().isPresent()) {
            String receiver = proposed.receiver().get();
            if (receiver.equals(caller.organisationId())) {
                throw ErrorCode.INVALID_ARGUMENT.exception(tx + ": field 'receiverMspId' names the caller; a lot cannot be "
                        + "shipped to its own custodian");
            }
            if (state.read(Organisation.class, ObjectType.ORGANISATION, receiver).isEmpty()) {
                throw ErrorCode.INVALID_ARGUMENT.exception(tx + ": field 'receiverMspId' names '" + receiver
                        + "', which is not a registered organisation");
            }
        }
        TraceEvent stored = new LotLifecycle(state).apply(tx, caller, configuration, proposed, timestamp(ctx),
                ctx.getStub().getTxId());
        String json = CanonicalJson.encodeToString(stored);
        ContractEvent.TRACE_EVENT_RECORDED.emit(ctx.getStub(), json);
        return json;
    }

    private static ProposedEvent parseEvent(String tx, Context ctx, String eventJson, String caller) {
        Submission submission = Submission.parse(tx, "eventJson", eventJson,
                Set.of("eventHash", "type", "bizStep", "disposition", "eventTime", "lots", "inputLots", "outputLots",
                        "receiverMspId"),
                Set.of("step", "custodianFrom", "custodianTo", "recordedBy", "recordedAt", "txId"));
        EpcisEventHash hash = submission.required("eventHash", EpcisEventHash::new);
        EpcisEventType type = submission.required("type", text -> EpcisEventType.fromEpcisName(text).orElseThrow(
                () -> new IllegalArgumentException("must be \"ObjectEvent\" or \"TransformationEvent\", got \"" + text + "\"")));
        BizStep bizStep = submission.required("bizStep", text -> BizStep.parse(text).orElseThrow(
                () -> new IllegalArgumentException("must be a CBV 2.0 business step such as \"shipping\", got \"" + text + "\"")));
        TraceStep step = TraceStep.of(type, bizStep).orElseThrow(() -> submission.violation("an ObjectEvent with business step '"
                + bizStep.word() + "' is not recorded on the ledger; supported: commissioning, shipping, receiving, "
                + "inspecting, sampling, destroying (and TransformationEvent with any step)"));
        String disposition = submission.optional("disposition", text -> Disposition.parse(text).orElseThrow(
                () -> new IllegalArgumentException("must be a CBV 2.0 disposition such as \"in_transit\", got \"" + text + "\"")))
                .map(Disposition::word).orElse(null);
        Instant eventTime = submission.required("eventTime", PassportContract::parseEventTime);
        Instant latest = ctx.getStub().getTxTimestamp().plus(EVENT_TIME_TOLERANCE);
        if (eventTime.isAfter(latest)) {
            throw submission.violation("field 'eventTime' (" + DateTimeFormatter.ISO_INSTANT.format(eventTime)
                    + ") is more than " + EVENT_TIME_TOLERANCE.toMinutes() + " minutes after the transaction time");
        }

        List<LotReference> lots = lotReferences(submission, "lots");
        List<LotReference> inputs = new ArrayList<>();
        List<LotQuantity> inputQuantities = new ArrayList<>();
        for (Submission input : submission.objectArray("inputLots", INPUT_LOT_FIELDS, MAX_EVENT_LOTS)) {
            LotReference reference = lotReference(input);
            inputs.add(reference);
            input.optional("quantity", Quantity::new).ifPresent(quantity ->
                    inputQuantities.add(new LotQuantity(reference.gtin(), reference.lotNumber(), quantity.value())));
        }
        List<OutputLot> outputs = new ArrayList<>();
        for (Submission output : submission.objectArray("outputLots", LOT_FIELDS, MAX_EVENT_LOTS)) {
            boolean referenceOnly = LOT_FIELDS.stream().filter(output::has).allMatch(LOT_REFERENCE_FIELDS::contains);
            if (referenceOnly) {
                outputs.add(new OutputLot.Existing(lotReference(output)));
            } else {
                outputs.add(new OutputLot.Created(parseLotRegistration(ctx, output, caller)));
            }
        }
        if (type == EpcisEventType.OBJECT_EVENT) {
            if (lots.isEmpty()) {
                throw submission.violation("an ObjectEvent needs field 'lots' with at least one lot");
            }
            if (submission.has("inputLots") || submission.has("outputLots")) {
                throw submission.violation("fields 'inputLots' and 'outputLots' belong to a TransformationEvent; an ObjectEvent "
                        + "lists field 'lots'");
            }
        } else {
            if (inputs.isEmpty()) {
                throw submission.violation("a TransformationEvent needs field 'inputLots' with at least one lot");
            }
            if (submission.has("lots")) {
                throw submission.violation("field 'lots' belongs to an ObjectEvent; a TransformationEvent lists "
                        + "'inputLots' and 'outputLots'");
            }
        }
        Optional<String> receiver = submission.optional("receiverMspId", MspId::new).map(MspId::value);
        if (step == TraceStep.SHIPPING && receiver.isEmpty()) {
            throw submission.violation("a shipping event needs field 'receiverMspId', the organisation the lots are sent to");
        }
        if (step != TraceStep.SHIPPING && receiver.isPresent()) {
            throw submission.violation("field 'receiverMspId' is only for shipping events");
        }
        List<LotReference> all = new ArrayList<>(lots);
        all.addAll(inputs);
        outputs.forEach(output -> all.add(output.reference()));
        if (all.size() > MAX_EVENT_LOTS) {
            throw submission.violation("an event may touch at most " + MAX_EVENT_LOTS + " lots, got " + all.size());
        }
        Set<LotReference> distinct = new HashSet<>();
        for (LotReference lot : all) {
            if (!distinct.add(lot)) {
                throw submission.violation("lot " + lot + " appears more than once in the event");
            }
        }
        return new ProposedEvent(hash, type, bizStep.word(), step, disposition, DateTimeFormatter.ISO_INSTANT.format(eventTime),
                lots, List.copyOf(inputs), outputs, receiver, List.copyOf(inputQuantities));
    }

    private static List<LotReference> lotReferences(Submission submission, String field) {
        return submission.objectArray(field, LOT_REFERENCE_FIELDS, MAX_EVENT_LOTS).stream()
                .map(PassportContract::lotReference).toList();
    }

    private static LotReference lotReference(Submission reference) {
        return new LotReference(reference.required("gtin", Gtin::new).value(),
                reference.required("lotNumber", LotNumber::new).value());
    }

    /** RFC 3339 with an explicit offset ({@code Z} or {@code +07:00}), as EPCIS requires. */
    private static Instant parseEventTime(String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be an RFC 3339 date-time with offset such as "
                    + "\"2026-11-20T08:30:00.000+07:00\", got \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"");
        }
    }

    /** The stored traceability event with this EPCIS hash. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getTraceEvent(Context ctx, String eventHash) {
        String tx = "getTraceEvent";
        EpcisEventHash hash = Submission.argument(tx, "eventHash", eventHash, EpcisEventHash::new);
        return new WorldState(ctx.getStub()).readJson(ObjectType.TRACE_EVENT, hash.hex())
                .orElseThrow(() -> ErrorCode.NOT_FOUND.exception(tx + ": no event " + hash + " is recorded"));
    }

    // ---- recalls -------------------------------------------------------------------------------

    /**
     * Recalls a lot and, breadth first, every lot transformed from it (at most 200). Only the lot's
     * owner or the agency may call it. Emits {@code LotRecalled}.
     *
     * @param recallJson {@code gtin}, {@code lotNumber}, {@code reason}
     * @return the recall notice JSON, listing every affected lot
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String recallLot(Context ctx, String recallJson) {
        String tx = "recallLot";
        WorldState state = new WorldState(ctx.getStub());
        LedgerConfiguration configuration = requireInitialised(tx, state);
        Caller caller = Caller.resolve(tx, ctx, state);
        Submission submission = Submission.parse(tx, "recallJson", recallJson, Set.of("gtin", "lotNumber", "reason"),
                Set.of("recallId", "recalledBy", "recalledAt"));
        LotReference reference = lotReference(submission);
        String reason = submission.requiredText("reason", MAX_REASON);
        Lot lot = new LotStore(state).require(tx, reference);
        if (!lot.ownerMspId().equals(caller.organisationId()) && !caller.isAgency(configuration)) {
            throw ErrorCode.FORBIDDEN.exception(tx + ": lot " + reference + " is owned by '" + lot.ownerMspId()
                    + "'; only its owner or the agency may recall it, not '" + caller.organisationId() + "'");
        }
        if (lot.status() == LotStatus.RECALLED) {
            Recall recall = lot.recall();
            if (recall != null && recall.sourceGtin().equals(reference.gtin())
                    && recall.sourceLotNumber().equals(reference.lotNumber()) && recall.reason().equals(reason)
                    && recall.recalledBy().equals(caller.organisationId())) {
                return state.readJson(ObjectType.RECALL, recall.recallId()).orElseThrow();
            }
            throw ErrorCode.INVALID_STATE.exception(tx + ": lot " + reference + " is already recalled"
                    + (recall == null ? "" : " (recall " + recall.recallId() + " by '" + recall.recalledBy() + "')"));
        }
        if (lot.status() == LotStatus.DESTROYED) {
            throw ErrorCode.INVALID_STATE.exception(tx + ": lot " + reference + " is DESTROYED; there is nothing left to recall");
        }
        Recall recall = new Recall(ctx.getStub().getTxId(), reason, caller.organisationId(), timestamp(ctx),
                reference.gtin(), reference.lotNumber());
        RecallNotice notice = new RecallPropagation(state).recall(tx, lot, recall);
        String json = CanonicalJson.encodeToString(notice);
        ContractEvent.LOT_RECALLED.emit(ctx.getStub(), json);
        return json;
    }

    /** The recall notice of a recall transaction. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getRecall(Context ctx, String recallId) {
        String tx = "getRecall";
        String id = Submission.argument(tx, "recallId", recallId, text -> text);
        return new WorldState(ctx.getStub()).readJson(ObjectType.RECALL, id)
                .orElseThrow(() -> ErrorCode.NOT_FOUND.exception(tx + ": no recall with id '" + id + "'"));
    }

    // ---- label batches -------------------------------------------------------------------------

    /**
     * Registers a print run of serialised labels for a lot by the Merkle root of their serials (see
     * {@link vn.xuatxu.chaincode.merkle.MerkleTree}). Only the lot's owner may call it, while the lot
     * is ACTIVE or IN_TRANSIT. Emits {@code LabelBatchRegistered}.
     *
     * @param batchJson {@code gtin}, {@code lotNumber}, {@code batchId}, {@code labelCount} (JSON
     *                  integer, 1 to 1 000 000), {@code merkleRoot} (64 hex)
     * @return the stored batch JSON
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String registerLabelBatch(Context ctx, String batchJson) {
        String tx = "registerLabelBatch";
        WorldState state = new WorldState(ctx.getStub());
        requireInitialised(tx, state);
        Caller caller = Caller.resolve(tx, ctx, state);
        Submission submission = Submission.parse(tx, "batchJson", batchJson,
                Set.of("gtin", "lotNumber", "batchId", "labelCount", "merkleRoot"),
                Set.of("registeredBy", "registeredAt", "txId", "voidedCount"));
        LotReference reference = lotReference(submission);
        BatchId batchId = submission.required("batchId", BatchId::new);
        int labelCount = submission.requiredInteger("labelCount", 1, MAX_LABELS_PER_BATCH);
        Sha256Hex root = submission.required("merkleRoot", Sha256Hex::new);
        Lot lot = new LotStore(state).require(tx, reference);
        if (!lot.ownerMspId().equals(caller.organisationId())) {
            throw ErrorCode.FORBIDDEN.exception(tx + ": lot " + reference + " is owned by '" + lot.ownerMspId()
                    + "'; only its owner may register labels for it, not '" + caller.organisationId() + "'");
        }
        LabelBatch batch = new LabelBatch(reference.gtin(), reference.lotNumber(), batchId.value(), labelCount, root.value(),
                caller.organisationId(), timestamp(ctx), ctx.getStub().getTxId(), null);
        Optional<LabelBatch> existing = state.read(LabelBatch.class, ObjectType.LABEL_BATCH, reference.gtin(),
                reference.lotNumber(), batchId.value());
        if (existing.isPresent()) {
            if (existing.get().sameRegistrationAs(batch)) {
                return state.readJson(ObjectType.LABEL_BATCH, reference.gtin(), reference.lotNumber(), batchId.value())
                        .orElseThrow();
            }
            throw ErrorCode.ALREADY_EXISTS.exception(tx + ": label batch '" + batchId + "' of lot " + reference
                    + " is already registered with different content");
        }
        if (lot.status() != LotStatus.ACTIVE && lot.status() != LotStatus.IN_TRANSIT) {
            throw ErrorCode.INVALID_STATE.exception(tx + ": lot " + reference + " is " + lot.status()
                    + "; labels can only be registered for an ACTIVE or IN_TRANSIT lot");
        }
        String json = state.write(batch, ObjectType.LABEL_BATCH, reference.gtin(), reference.lotNumber(), batchId.value());
        ContractEvent.LABEL_BATCH_REGISTERED.emit(ctx.getStub(), json);
        return json;
    }

    /** The stored label batch JSON. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getLabelBatch(Context ctx, String gtin, String lotNumber, String batchId) {
        String tx = "getLabelBatch";
        LotReference lot = lotArgument(tx, gtin, lotNumber);
        BatchId batch = Submission.argument(tx, "batchId", batchId, BatchId::new);
        return new WorldState(ctx.getStub()).readJson(ObjectType.LABEL_BATCH, lot.gtin(), lot.lotNumber(), batch.value())
                .orElseThrow(() -> ErrorCode.NOT_FOUND.exception(tx + ": no label batch '" + batch + "' for lot " + lot));
    }

    /**
     * Voids serials of a label batch (misprinted, damaged, found on a counterfeit). The lot's owner or
     * the agency may call it. Serials already voided are skipped; when none is new nothing is written
     * and no event is emitted. Emits {@code LabelsVoided} with the newly voided serials.
     *
     * @param voidJson {@code gtin}, {@code lotNumber}, {@code batchId}, {@code serials} (1 to 1000
     *                 distinct GS1 AI 21 serials), {@code reason}
     * @return the stored batch JSON (with {@code voidedCount})
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String voidLabels(Context ctx, String voidJson) {
        String tx = "voidLabels";
        WorldState state = new WorldState(ctx.getStub());
        LedgerConfiguration configuration = requireInitialised(tx, state);
        Caller caller = Caller.resolve(tx, ctx, state);
        Submission submission = Submission.parse(tx, "voidJson", voidJson,
                Set.of("gtin", "lotNumber", "batchId", "serials", "reason"), Set.of());
        LotReference reference = lotReference(submission);
        BatchId batchId = submission.required("batchId", BatchId::new);
        List<SerialNumber> serials = submission.stringArray("serials", SerialNumber::new, MAX_VOIDED_PER_CALL);
        if (serials.isEmpty()) {
            throw submission.violation("field 'serials' needs at least one serial");
        }
        TreeSet<String> distinct = new TreeSet<>();
        for (SerialNumber serial : serials) {
            if (!distinct.add(serial.value())) {
                throw submission.violation("serial \"" + serial + "\" appears more than once in field 'serials'");
            }
        }
        String reason = submission.requiredText("reason", MAX_REASON);
        Lot lot = new LotStore(state).require(tx, reference);
        if (!lot.ownerMspId().equals(caller.organisationId()) && !caller.isAgency(configuration)) {
            throw ErrorCode.FORBIDDEN.exception(tx + ": lot " + reference + " is owned by '" + lot.ownerMspId()
                    + "'; only its owner or the agency may void its labels, not '" + caller.organisationId() + "'");
        }
        LabelBatch batch = state.read(LabelBatch.class, ObjectType.LABEL_BATCH, reference.gtin(), reference.lotNumber(),
                batchId.value()).orElseThrow(() -> ErrorCode.NOT_FOUND.exception(tx + ": no label batch '" + batchId
                        + "' for lot " + reference));
        List<String> fresh = new ArrayList<>();
        for (String serial : distinct) {
            if (state.read(VoidedLabel.class, ObjectType.VOIDED_LABEL, reference.gtin(), reference.lotNumber(),
                    batchId.value(), serial).isEmpty()) {
                fresh.add(serial);
            }
        }
        if (fresh.isEmpty()) {
            return state.readJson(ObjectType.LABEL_BATCH, reference.gtin(), reference.lotNumber(), batchId.value()).orElseThrow();
        }
        LabelBatch updated = batch.withVoided(fresh.size());
        if (updated.voidedCount() > batch.labelCount()) {
            throw submission.violation("voiding " + fresh.size() + " more serial(s) would void " + updated.voidedCount()
                    + " labels of a batch of " + batch.labelCount());
        }
        String at = timestamp(ctx);
        String txId = ctx.getStub().getTxId();
        for (String serial : fresh) {
            state.write(new VoidedLabel(serial, reason, caller.organisationId(), at, txId), ObjectType.VOIDED_LABEL,
                    reference.gtin(), reference.lotNumber(), batchId.value(), serial);
        }
        String json = state.write(updated, ObjectType.LABEL_BATCH, reference.gtin(), reference.lotNumber(), batchId.value());
        ContractEvent.LABELS_VOIDED.emit(ctx.getStub(), CanonicalJson.encodeToString(new LabelVoiding(reference.gtin(),
                reference.lotNumber(), batchId.value(), fresh, reason, caller.organisationId(), at, txId)));
        return json;
    }

    /**
     * Checks one serial against a label batch with a Merkle proof.
     *
     * @param proofJson {@code {"siblings":[{"hash":"<64 hex>","side":"LEFT|RIGHT"}...]}} as
     *                  {@link MerkleProof#toJson()} writes it
     * @return {@code {"gtin","lotNumber","batchId","serial","verdict":"ISSUED|VOIDED|NOT_ISSUED",
     *         "lotStatus","labelCount","merkleRoot","voided":{...}?}}
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String verifyLabel(Context ctx, String gtin, String lotNumber, String batchId, String serial,
            String proofJson) {
        String tx = "verifyLabel";
        LotReference reference = lotArgument(tx, gtin, lotNumber);
        BatchId batch = Submission.argument(tx, "batchId", batchId, BatchId::new);
        SerialNumber serialNumber = Submission.argument(tx, "serial", serial, SerialNumber::new);
        MerkleProof proof = Submission.argument(tx, "proofJson", proofJson, MerkleProof::fromJson);
        WorldState state = new WorldState(ctx.getStub());
        LabelBatch stored = state.read(LabelBatch.class, ObjectType.LABEL_BATCH, reference.gtin(), reference.lotNumber(),
                batch.value()).orElseThrow(() -> ErrorCode.NOT_FOUND.exception(tx + ": no label batch '" + batch
                        + "' for lot " + reference));
        Lot lot = new LotStore(state).require(tx, reference);
        Optional<String> voided = state.readJson(ObjectType.VOIDED_LABEL, reference.gtin(), reference.lotNumber(),
                batch.value(), serialNumber.value());
        LabelVerdict verdict = !proof.proves(serialNumber.value(), stored.merkleRoot()) ? LabelVerdict.NOT_ISSUED
                : voided.isPresent() ? LabelVerdict.VOIDED : LabelVerdict.ISSUED;
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("gtin", reference.gtin());
        result.put("lotNumber", reference.lotNumber());
        result.put("batchId", batch.value());
        result.put("serial", serialNumber.value());
        result.put("verdict", verdict.name());
        result.put("lotStatus", lot.status().name());
        result.put("labelCount", stored.labelCount());
        result.put("merkleRoot", stored.merkleRoot());
        if (verdict != LabelVerdict.NOT_ISSUED && voided.isPresent()) {
            result.set("voided", tree(voided.get()));
        }
        return CanonicalJson.encodeToString(result);
    }

    // ---- kitchen day records -------------------------------------------------------------------

    /**
     * Records the hash of a school kitchen's records for one day, or amends it as a new version. Only
     * a SCHOOL_KITCHEN organisation may call it, for itself. Resubmitting the hash of the latest
     * version returns it without effect. Emits {@code KitchenDayRecorded}.
     *
     * @param dayJson {@code date} (ISO, not after the transaction date in UTC+07:00),
     *                {@code contentHash} (SHA-256 hex), {@code amendmentReason} (required on amendments,
     *                refused on the first version)
     * @return the stored version JSON
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String recordKitchenDay(Context ctx, String dayJson) {
        String tx = "recordKitchenDay";
        WorldState state = new WorldState(ctx.getStub());
        requireInitialised(tx, state);
        Caller caller = Caller.resolve(tx, ctx, state);
        caller.require(tx, OrganisationKind.SCHOOL_KITCHEN);
        Submission submission = Submission.parse(tx, "dayJson", dayJson, Set.of("date", "contentHash", "amendmentReason"),
                Set.of("kitchenId", "version", "recordedAt", "txId"));
        LocalDate date = submission.requiredDate("date");
        Sha256Hex contentHash = submission.required("contentHash", Sha256Hex::new);
        Optional<String> reason = submission.optionalText("amendmentReason", MAX_REASON);
        if (date.isAfter(transactionDate(ctx))) {
            throw submission.violation("field 'date' (" + date + ") is after the transaction date " + transactionDate(ctx)
                    + " (UTC+07:00)");
        }
        String kitchen = caller.organisationId();
        List<KitchenDayVersion> versions = state.readAll(KitchenDayVersion.class, ObjectType.KITCHEN_DAY, kitchen,
                date.toString());
        int next = versions.size() + 1;
        if (!versions.isEmpty()) {
            KitchenDayVersion latest = versions.get(versions.size() - 1);
            if (latest.contentHash().equals(contentHash.value())) {
                return state.readJson(ObjectType.KITCHEN_DAY, kitchen, date.toString(), versionKey(latest.version()))
                        .orElseThrow();
            }
            if (reason.isEmpty()) {
                throw submission.violation("the day " + date + " already has version " + latest.version()
                        + "; an amendment needs field 'amendmentReason'");
            }
            next = latest.version() + 1;
        } else if (reason.isPresent()) {
            throw submission.violation("field 'amendmentReason' is only for amendments; " + date + " has no record yet");
        }
        KitchenDayVersion version = new KitchenDayVersion(kitchen, date.toString(), next, contentHash.value(),
                reason.orElse(null), timestamp(ctx), ctx.getStub().getTxId());
        String json = state.write(version, ObjectType.KITCHEN_DAY, kitchen, date.toString(), versionKey(next));
        ContractEvent.KITCHEN_DAY_RECORDED.emit(ctx.getStub(), json);
        return json;
    }

    /** A kitchen's record of a day with all its versions: {@code {"kitchenId","date","versions":[...]}}, oldest first. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getKitchenDay(Context ctx, String kitchenId, String date) {
        String tx = "getKitchenDay";
        MspId kitchen = Submission.argument(tx, "kitchenId", kitchenId, MspId::new);
        LocalDate day = Submission.argument(tx, "date", date, text -> {
            try {
                if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                    throw new DateTimeParseException("not yyyy-MM-dd", text, 0);
                }
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("must be an ISO date yyyy-MM-dd, got \"" + text + "\"");
            }
        });
        WorldState state = new WorldState(ctx.getStub());
        List<KitchenDayVersion> versions = state.readAll(KitchenDayVersion.class, ObjectType.KITCHEN_DAY, kitchen.value(),
                day.toString());
        if (versions.isEmpty()) {
            throw ErrorCode.NOT_FOUND.exception(tx + ": kitchen '" + kitchen + "' has no record for " + day);
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("kitchenId", kitchen.value());
        result.put("date", day.toString());
        ArrayNode list = result.putArray("versions");
        versions.forEach(version -> list.add(tree(CanonicalJson.encodeToString(version))));
        return CanonicalJson.encodeToString(result);
    }

    static String versionKey(int version) {
        return String.format(java.util.Locale.ROOT, "%06d", version);
    }

    // ---- shared --------------------------------------------------------------------------------

    /** The stored product JSON. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getProduct(Context ctx, String gtin) {
        String tx = "getProduct";
        Gtin key = Submission.argument(tx, "gtin", gtin, Gtin::new);
        return new WorldState(ctx.getStub()).readJson(ObjectType.PRODUCT, key.value())
                .orElseThrow(() -> ErrorCode.NOT_FOUND.exception(tx + ": no product with GTIN " + key + " is registered"));
    }

    /** The stored organisation JSON. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getOrganisation(Context ctx, String mspId) {
        String tx = "getOrganisation";
        MspId key = Submission.argument(tx, "mspId", mspId, MspId::new);
        return new WorldState(ctx.getStub()).readJson(ObjectType.ORGANISATION, key.value())
                .orElseThrow(() -> ErrorCode.NOT_FOUND.exception(tx + ": no organisation with MSP id '" + key + "' is registered"));
    }

    private static LotReference lotArgument(String tx, String gtin, String lotNumber) {
        Gtin key = Submission.argument(tx, "gtin", gtin, Gtin::new);
        LotNumber lot = Submission.argument(tx, "lotNumber", lotNumber, LotNumber::new);
        return new LotReference(key.value(), lot.value());
    }

    private static LedgerConfiguration requireInitialised(String tx, WorldState state) {
        return state.read(LedgerConfiguration.class, ObjectType.CONFIG, "ledger")
                .orElseThrow(() -> ErrorCode.NOT_INITIALISED.exception(tx + ": the ledger has no agency yet; call initLedger first"));
    }

    private static String timestamp(Context ctx) {
        return DateTimeFormatter.ISO_INSTANT.format(ctx.getStub().getTxTimestamp());
    }

    private static LocalDate transactionDate(Context ctx) {
        return LocalDate.ofInstant(ctx.getStub().getTxTimestamp(), PRODUCTION_DATE_OFFSET);
    }

    private static JsonNode tree(String json) {
        try {
            return CanonicalJson.parseTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON does not parse: " + e.getOriginalMessage(), e);
        }
    }
}
