package vn.xuatxu.chaincode.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The 41 standard business steps of GS1 CBV 2.0, written in EPCIS JSON as the bare lower-case word
 * ({@code shipping}). A closed set so that a misspelt step is refused instead of stored.
 */
public enum BizStep {
    ACCEPTING, ARRIVING, ASSEMBLING, COLLECTING, COMMISSIONING, CONSIGNING, CREATING_CLASS_INSTANCE,
    CYCLE_COUNTING, DECOMMISSIONING, DEPARTING, DESTROYING, DISASSEMBLING, DISPENSING, ENCODING,
    ENTERING_EXITING, HOLDING, INSPECTING, INSTALLING, KILLING, LOADING, OTHER, PACKING, PICKING, RECEIVING,
    REMOVING, REPACKAGING, REPAIRING, REPLACING, RESERVING, RETAIL_SELLING, SAMPLING, SENSOR_REPORTING,
    SHIPPING, STAGING_OUTBOUND, STOCK_TAKING, STOCKING, STORING, TRANSPORTING, UNLOADING, UNPACKING,
    VOID_SHIPPING;

    private static final String IRI_PREFIX = "https://ref.gs1.org/cbv/BizStep-";
    private static final String URN_PREFIX = "urn:epcglobal:cbv:bizstep:";

    /** The bare CBV word, e.g. {@code creating_class_instance}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the bare word, its {@code https://ref.gs1.org/cbv/BizStep-} IRI or its legacy URN. */
    public static Optional<BizStep> parse(String text) {
        String word = text.startsWith(IRI_PREFIX) ? text.substring(IRI_PREFIX.length())
                : text.startsWith(URN_PREFIX) ? text.substring(URN_PREFIX.length()) : text;
        return Arrays.stream(values()).filter(step -> step.word().equals(word)).findFirst();
    }
}
