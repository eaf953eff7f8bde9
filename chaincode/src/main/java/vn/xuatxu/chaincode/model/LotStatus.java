package vn.xuatxu.chaincode.model;

/**
 * Where a lot is in its life. Only {@code ACTIVE} exists so far; shipment, consumption and recall
 * transactions will add their states here, which is why the field exists from the first version.
 */
public enum LotStatus {
    /** Registered by its producer and not yet withdrawn or used up. */
    ACTIVE
}
