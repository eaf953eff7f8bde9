package vn.xuatxu.chaincode.state;

import java.util.List;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;

/**
 * The kinds of record in the world state, each with its composite-key object type and the attributes
 * (in order) that identify one record.
 *
 * <p>Keys are composite ({@code \u0000lot\u0000{gtin}\u0000{lotNumber}\u0000}) so that a later
 * transaction can list all lots of a GTIN with a partial-key query; building them only here keeps
 * the attribute order from drifting between writers and readers.
 */
public enum ObjectType {
    /** The ledger configuration written by {@code initLedger}: {@code config/ledger}. */
    CONFIG("config", "name"),
    /** {@code org/{mspId}}. */
    ORGANISATION("org", "mspId"),
    /** {@code product/{gtin}}. */
    PRODUCT("product", "gtin"),
    /** {@code lot/{gtin}/{lotNumber}}. */
    LOT("lot", "gtin", "lotNumber"),
    /** Index of lots by owner, {@code lotByOwner/{orgId}/{gtin}/{lotNumber}}; value a {@code LotReference}. */
    LOT_BY_OWNER("lotByOwner", "orgId", "gtin", "lotNumber"),
    /** Index of lots by current custodian, moved on receipt; value a {@code LotReference}. */
    LOT_BY_CUSTODIAN("lotByCustodian", "orgId", "gtin", "lotNumber"),
    /**
     * Forward link from a transformation input to an output,
     * {@code lotDerivation/{inputGtin}/{inputLot}/{outputGtin}/{outputLot}}; what recalls follow.
     */
    LOT_DERIVATION("lotDerivation", "inputGtin", "inputLotNumber", "outputGtin", "outputLotNumber"),
    /** A traceability event, {@code event/{hashHex}}. */
    TRACE_EVENT("event", "hashHex"),
    /** A lot's n-th event, {@code lotEvent/{gtin}/{lotNumber}/{sequence:08d}}. */
    LOT_EVENT("lotEvent", "gtin", "lotNumber", "sequence"),
    /** {@code labelBatch/{gtin}/{lotNumber}/{batchId}}. */
    LABEL_BATCH("labelBatch", "gtin", "lotNumber", "batchId"),
    /** {@code voidedLabel/{gtin}/{lotNumber}/{batchId}/{serial}}. */
    VOIDED_LABEL("voidedLabel", "gtin", "lotNumber", "batchId", "serial"),
    /** A recall as issued, {@code recall/{recallId}}. */
    RECALL("recall", "recallId"),
    /** {@code kitchenDay/{kitchenId}/{date}/{version:06d}}. */
    KITCHEN_DAY("kitchenDay", "kitchenId", "date", "version");

    private final String objectType;
    private final List<String> attributeNames;

    ObjectType(String objectType, String... attributeNames) {
        this.objectType = objectType;
        this.attributeNames = List.of(attributeNames);
    }

    /** The composite-key object type, e.g. {@code "lot"}. */
    public String objectType() {
        return objectType;
    }

    /** The composite key of one record, built by the stub exactly as Fabric does. */
    public String key(ChaincodeStub stub, String... attributes) {
        if (attributes.length != attributeNames.size()) {
            throw new IllegalArgumentException(objectType + " keys take " + attributeNames + ", got " + attributes.length
                    + " attribute(s)");
        }
        return stub.createCompositeKey(objectType, attributes).toString();
    }

    /** A partial key: the first {@code attributes.length} attributes (fewer than a full key), for range queries. */
    public CompositeKey partialKey(ChaincodeStub stub, String... attributes) {
        if (attributes.length >= attributeNames.size()) {
            throw new IllegalArgumentException(objectType + " partial keys take fewer than " + attributeNames.size()
                    + " attributes, got " + attributes.length);
        }
        return stub.createCompositeKey(objectType, attributes);
    }
}
