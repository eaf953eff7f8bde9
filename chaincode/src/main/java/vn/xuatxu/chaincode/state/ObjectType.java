package vn.xuatxu.chaincode.state;

import java.util.List;
import org.hyperledger.fabric.shim.ChaincodeStub;

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
    LOT("lot", "gtin", "lotNumber");

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
}
