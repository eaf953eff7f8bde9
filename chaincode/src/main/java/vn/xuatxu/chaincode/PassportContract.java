package vn.xuatxu.chaincode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;
import vn.xuatxu.chaincode.model.Gtin;
import vn.xuatxu.chaincode.model.LedgerConfiguration;
import vn.xuatxu.chaincode.model.Lot;
import vn.xuatxu.chaincode.model.LotNumber;
import vn.xuatxu.chaincode.model.LotRegistration;
import vn.xuatxu.chaincode.model.MspId;
import vn.xuatxu.chaincode.model.Organisation;
import vn.xuatxu.chaincode.model.OrganisationKind;
import vn.xuatxu.chaincode.model.Product;
import vn.xuatxu.chaincode.model.Quantity;
import vn.xuatxu.chaincode.model.Sha256Hex;
import vn.xuatxu.chaincode.state.ObjectType;
import vn.xuatxu.chaincode.state.WorldState;

/**
 * The traceability contract: who may put which organisations, products and lots on the ledger, and
 * in what form.
 *
 * <p>Every function takes and returns strings (JSON for records) because the shim cannot serialise
 * records, and because the api module calls these methods by name, in-process, through its own
 * {@code ChaincodeStub}. Refusals are {@link org.hyperledger.fabric.shim.ChaincodeException}s built
 * by {@link ErrorCode}.
 *
 * <p>Registrations are idempotent because the api submits through an outbox that may retry after a
 * crash: resubmitting identical content as the same caller returns the stored record unchanged,
 * without writing or emitting an event; the same key with other content is {@code ALREADY_EXISTS}.
 *
 * <p>Deterministic by construction: time comes from the transaction timestamp, never a clock;
 * state is canonical JSON; nothing depends on hash-map order.
 */
@Contract(name = "passport", info = @Info(title = "Xuất Xứ passport contract", version = "0.1"))
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

    private static final int MAX_NAME = 200;
    private static final int MAX_PLACE = 100;
    private static final int MAX_CATEGORY = 100;
    private static final int MAX_UNIT = 20;

    /** Liveness probe. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String ping(Context ctx) {
        return "pong";
    }

    /**
     * Records the province agency once per channel and registers it as an {@code AGENCY}
     * organisation. Only the agency itself may call it.
     *
     * @return the ledger configuration JSON, {@code {"agencyMspId":"..."}}; the same on a repeated call
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String initLedger(Context ctx, String agencyMspId) {
        String tx = "initLedger";
        MspId agency = Submission.argument(tx, "agencyMspId", agencyMspId, MspId::new);
        String caller = callerMspId(ctx);
        if (!caller.equals(agency.value())) {
            throw ErrorCode.FORBIDDEN.exception(tx + ": caller MSP '" + caller
                    + "' cannot initialise the ledger for agency MSP '" + agency + "'; the agency must call it itself");
        }
        WorldState state = new WorldState(ctx.getStub());
        LedgerConfiguration configuration = new LedgerConfiguration(agency.value());
        Optional<LedgerConfiguration> existing = state.read(LedgerConfiguration.class, ObjectType.CONFIG, "ledger");
        if (existing.isPresent()) {
            if (existing.get().equals(configuration)) {
                return state.readJson(ObjectType.CONFIG, "ledger").orElseThrow();
            }
            throw ErrorCode.ALREADY_EXISTS.exception(tx + ": the ledger is already initialised for agency MSP '"
                    + existing.get().agencyMspId() + "'");
        }
        state.write(Organisation.agency(agency), ObjectType.ORGANISATION, agency.value());
        return state.write(configuration, ObjectType.CONFIG, "ledger");
    }

    /**
     * Registers a producer, school kitchen or other organisation. Only the agency may call it.
     *
     * @param organisationJson {@code mspId}, {@code name}, {@code kind} (AGENCY | PRODUCER | SCHOOL_KITCHEN),
     *                         {@code province}, optional {@code district} and {@code commune}
     * @return the stored organisation JSON
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String registerOrganisation(Context ctx, String organisationJson) {
        String tx = "registerOrganisation";
        WorldState state = new WorldState(ctx.getStub());
        LedgerConfiguration configuration = requireInitialised(tx, state);
        String caller = callerMspId(ctx);
        if (!caller.equals(configuration.agencyMspId())) {
            throw ErrorCode.FORBIDDEN.exception(tx + ": only the agency MSP '" + configuration.agencyMspId()
                    + "' may register organisations; caller MSP is '" + caller + "'");
        }
        Submission submission = Submission.parse(tx, "organisationJson", organisationJson,
                Set.of("mspId", "name", "kind", "province", "district", "commune"), Set.of());
        Organisation organisation = new Organisation(
                submission.required("mspId", MspId::new).value(),
                submission.requiredText("name", MAX_NAME),
                submission.requiredEnum("kind", OrganisationKind.class),
                submission.requiredText("province", MAX_PLACE),
                submission.optionalText("district", MAX_PLACE).orElse(null),
                submission.optionalText("commune", MAX_PLACE).orElse(null));
        Optional<Organisation> existing = state.read(Organisation.class, ObjectType.ORGANISATION, organisation.mspId());
        if (existing.isPresent()) {
            if (existing.get().equals(organisation)) {
                return state.readJson(ObjectType.ORGANISATION, organisation.mspId()).orElseThrow();
            }
            throw ErrorCode.ALREADY_EXISTS.exception(tx + ": organisation '" + organisation.mspId()
                    + "' is already registered with different content");
        }
        return state.write(organisation, ObjectType.ORGANISATION, organisation.mspId());
    }

    /**
     * Registers a product owned by the calling producer.
     *
     * @param productJson {@code gtin} (14 digits, valid GS1 check digit), {@code name}, {@code category},
     *                    optional {@code ocopStars} (0, 3, 4 or 5); {@code ownerMspId} is the caller
     * @return the stored product JSON
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String registerProduct(Context ctx, String productJson) {
        String tx = "registerProduct";
        WorldState state = new WorldState(ctx.getStub());
        requireInitialised(tx, state);
        String caller = callerMspId(ctx);
        requireKind(tx, state, caller, OrganisationKind.PRODUCER);
        Submission submission = Submission.parse(tx, "productJson", productJson,
                Set.of("gtin", "name", "category", "ocopStars"), Set.of("ownerMspId"));
        Integer ocopStars = submission.optionalInteger("ocopStars").orElse(null);
        if (ocopStars != null && ocopStars != 0 && (ocopStars < 3 || ocopStars > 5)) {
            throw submission.violation("field 'ocopStars' must be 0 (not rated) or 3, 4 or 5 (OCOP stars), got " + ocopStars);
        }
        Product product = new Product(
                submission.required("gtin", Gtin::new).value(),
                submission.requiredText("name", MAX_NAME),
                submission.requiredText("category", MAX_CATEGORY),
                ocopStars,
                caller);
        Optional<Product> existing = state.read(Product.class, ObjectType.PRODUCT, product.gtin());
        if (existing.isPresent()) {
            if (existing.get().equals(product)) {
                return state.readJson(ObjectType.PRODUCT, product.gtin()).orElseThrow();
            }
            throw ErrorCode.ALREADY_EXISTS.exception(tx + ": GTIN " + product.gtin() + " is already registered"
                    + (existing.get().ownerMspId().equals(caller)
                            ? " with different content"
                            : " by MSP '" + existing.get().ownerMspId() + "'"));
        }
        return state.write(product, ObjectType.PRODUCT, product.gtin());
    }

    /**
     * Registers a production lot of a product the caller owns, and emits {@value #LOT_REGISTERED_EVENT}.
     *
     * @param lotJson {@code gtin}, {@code lotNumber} (GS1 AI 10), {@code productionDate},
     *                optional {@code bestBeforeDate} (ISO dates, not before production), {@code quantity}
     *                (positive decimal string), {@code unit}, {@code recordHash} (SHA-256 hex)
     * @return the stored lot JSON
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String registerLot(Context ctx, String lotJson) {
        String tx = "registerLot";
        WorldState state = new WorldState(ctx.getStub());
        requireInitialised(tx, state);
        String caller = callerMspId(ctx);
        Submission submission = Submission.parse(tx, "lotJson", lotJson,
                Set.of("gtin", "lotNumber", "productionDate", "bestBeforeDate", "quantity", "unit", "recordHash"),
                Set.of("status", "custodianMspId", "ownerMspId", "registeredAt", "txId"));
        Gtin gtin = submission.required("gtin", Gtin::new);
        LotNumber lotNumber = submission.required("lotNumber", LotNumber::new);
        LocalDate productionDate = submission.requiredDate("productionDate");
        Optional<LocalDate> bestBeforeDate = submission.optionalDate("bestBeforeDate");
        Quantity quantity = submission.required("quantity", Quantity::new);
        String unit = submission.requiredText("unit", MAX_UNIT);
        Sha256Hex recordHash = submission.required("recordHash", Sha256Hex::new);

        Instant timestamp = ctx.getStub().getTxTimestamp();
        LocalDate transactionDate = LocalDate.ofInstant(timestamp, PRODUCTION_DATE_OFFSET);
        if (productionDate.isAfter(transactionDate)) {
            throw submission.violation("field 'productionDate' (" + productionDate + ") is after the transaction date "
                    + transactionDate + " (UTC+07:00); a lot cannot be registered before it is produced");
        }
        if (bestBeforeDate.isPresent() && bestBeforeDate.get().isBefore(productionDate)) {
            throw submission.violation("field 'bestBeforeDate' (" + bestBeforeDate.get()
                    + ") must not precede field 'productionDate' (" + productionDate + ")");
        }

        Product product = state.read(Product.class, ObjectType.PRODUCT, gtin.value())
                .orElseThrow(() -> ErrorCode.NOT_FOUND.exception(tx + ": no product with GTIN " + gtin + " is registered"));
        if (!product.ownerMspId().equals(caller)) {
            throw ErrorCode.FORBIDDEN.exception(tx + ": GTIN " + gtin + " is owned by MSP '" + product.ownerMspId()
                    + "'; caller MSP '" + caller + "' cannot register its lots");
        }

        LotRegistration registration = new LotRegistration(gtin.value(), lotNumber.value(), productionDate.toString(),
                bestBeforeDate.map(LocalDate::toString).orElse(null), quantity.value(), unit, recordHash.value(), caller);
        Optional<Lot> existing = state.read(Lot.class, ObjectType.LOT, gtin.value(), lotNumber.value());
        if (existing.isPresent()) {
            if (existing.get().registration().equals(registration)) {
                return state.readJson(ObjectType.LOT, gtin.value(), lotNumber.value()).orElseThrow();
            }
            throw ErrorCode.ALREADY_EXISTS.exception(tx + ": lot '" + lotNumber + "' of GTIN " + gtin
                    + " is already registered with different content");
        }
        Lot lot = Lot.registered(registration, DateTimeFormatter.ISO_INSTANT.format(timestamp), ctx.getStub().getTxId());
        String json = state.write(lot, ObjectType.LOT, gtin.value(), lotNumber.value());
        ctx.getStub().setEvent(LOT_REGISTERED_EVENT, json.getBytes(StandardCharsets.UTF_8));
        return json;
    }

    /** The stored lot JSON. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getLot(Context ctx, String gtin, String lotNumber) {
        String tx = "getLot";
        Gtin key = Submission.argument(tx, "gtin", gtin, Gtin::new);
        LotNumber lot = Submission.argument(tx, "lotNumber", lotNumber, LotNumber::new);
        return new WorldState(ctx.getStub()).readJson(ObjectType.LOT, key.value(), lot.value())
                .orElseThrow(() -> ErrorCode.NOT_FOUND.exception(tx + ": no lot '" + lot + "' of GTIN " + key + " is registered"));
    }

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

    /**
     * The caller's MSP, from the certificate-bearing identity that signed the proposal. Not
     * {@code stub.getMspId()}, which is the peer's own MSP.
     */
    private static String callerMspId(Context ctx) {
        return ctx.getClientIdentity().getMSPID();
    }

    private static LedgerConfiguration requireInitialised(String tx, WorldState state) {
        return state.read(LedgerConfiguration.class, ObjectType.CONFIG, "ledger")
                .orElseThrow(() -> ErrorCode.NOT_INITIALISED.exception(tx + ": the ledger has no agency yet; call initLedger first"));
    }

    private static void requireKind(String tx, WorldState state, String caller, OrganisationKind kind) {
        Optional<Organisation> organisation = state.read(Organisation.class, ObjectType.ORGANISATION, caller);
        if (organisation.isEmpty() || organisation.get().kind() != kind) {
            throw ErrorCode.FORBIDDEN.exception(tx + ": caller MSP '" + caller + "' is not a registered " + kind
                    + " organisation (" + organisation.map(o -> "it is registered as " + o.kind()).orElse("it is not registered")
                    + ")");
        }
    }
}
