package vn.xuatxu.api.passport.journey.domain;

/**
 * The steps of a lot's journey people record here, each with its EPCIS 2.0 event type, CBV business step
 * and disposition (the mapping suggested in the GS1 reference note for OCOP products).
 */
public enum JourneyStep {
    SHIPPING("ObjectEvent", "shipping", "in_transit", "Gửi hàng"),
    RECEIVING("ObjectEvent", "receiving", "in_progress", "Nhận hàng"),
    PROCESSING("TransformationEvent", "commissioning", null, "Chế biến"),
    QUALITY_CHECK("ObjectEvent", "inspecting", "conformant", "Kiểm tra chất lượng");

    private final String epcisType;
    private final String bizStep;
    private final String disposition;
    private final String vietnamese;

    JourneyStep(String epcisType, String bizStep, String disposition, String vietnamese) {
        this.epcisType = epcisType;
        this.bizStep = bizStep;
        this.disposition = disposition;
        this.vietnamese = vietnamese;
    }

    public String epcisType() {
        return epcisType;
    }

    public String bizStep() {
        return bizStep;
    }

    /** The default disposition; a failed quality check says {@code non_conformant} instead. */
    public String disposition() {
        return disposition;
    }

    public String vietnamese() {
        return vietnamese;
    }
}
