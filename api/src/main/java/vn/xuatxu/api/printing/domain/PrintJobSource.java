package vn.xuatxu.api.printing.domain;

/**
 * What a print job's labels are: positions of a label batch, or a list of record labels frozen when the job was
 * sent. Closed because the agent's endpoints must know how to render every kind, and each kind is tested.
 */
public enum PrintJobSource {
    /** Positions of a product label batch (serials); voided serials are left out. */
    LABEL_BATCH,
    /** A school kitchen's Form 4 sample labels, one per sample code, as the samples are recorded when printed. */
    KITCHEN_SAMPLES
}
