package vn.xuatxu.chaincode.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The EPCIS 2.0 event types the contract accepts. Aggregation, transaction and association events
 * exist in EPCIS but change nothing the ledger tracks about a lot, so they stay off-chain.
 */
public enum EpcisEventType {
    /** Something happened to lots as they are (commissioned, shipped, received, inspected, sampled, destroyed). */
    OBJECT_EVENT("ObjectEvent"),
    /** Input lots became output lots (roasting, grinding, blending, cooking). */
    TRANSFORMATION_EVENT("TransformationEvent");

    private final String epcisName;

    EpcisEventType(String epcisName) {
        this.epcisName = epcisName;
    }

    /** The {@code type} value in EPCIS JSON, e.g. {@code ObjectEvent}. */
    public String epcisName() {
        return epcisName;
    }

    public static Optional<EpcisEventType> fromEpcisName(String name) {
        return Arrays.stream(values()).filter(type -> type.epcisName.equals(name)).findFirst();
    }
}
