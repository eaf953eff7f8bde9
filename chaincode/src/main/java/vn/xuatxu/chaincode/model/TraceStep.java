package vn.xuatxu.chaincode.model;

import java.util.Optional;

/**
 * What a traceability event means to the ledger, derived from its EPCIS type and business step.
 * Each step has one rule in the contract (who may record it, which lot states it accepts, what it
 * changes), so the set is closed.
 */
public enum TraceStep {
    /** ObjectEvent / commissioning: the owner brings a registered lot into the supply chain. */
    COMMISSIONING,
    /** ObjectEvent / shipping: the custodian sends lots to a named receiver; they become IN_TRANSIT. */
    SHIPPING,
    /** ObjectEvent / receiving: the named receiver takes custody of shipped lots. */
    RECEIVING,
    /** TransformationEvent (any business step): held input lots are consumed into output lots. */
    TRANSFORMING,
    /** ObjectEvent / inspecting: an observation; changes no state. */
    INSPECTING,
    /** ObjectEvent / sampling: a sample taken (lab test, school-kitchen retention sample); changes no state. */
    SAMPLING,
    /** ObjectEvent / destroying: the lot ends. */
    DESTROYING;

    /** The step an event of this type and business step records, if the contract supports it. */
    public static Optional<TraceStep> of(EpcisEventType type, BizStep bizStep) {
        if (type == EpcisEventType.TRANSFORMATION_EVENT) {
            return Optional.of(TRANSFORMING);
        }
        return switch (bizStep) {
            case COMMISSIONING -> Optional.of(COMMISSIONING);
            case SHIPPING -> Optional.of(SHIPPING);
            case RECEIVING -> Optional.of(RECEIVING);
            case INSPECTING -> Optional.of(INSPECTING);
            case SAMPLING -> Optional.of(SAMPLING);
            case DESTROYING -> Optional.of(DESTROYING);
            default -> Optional.empty();
        };
    }
}
