package vn.xuatxu.chaincode.model;

/** The answer to "is this serial a genuine label of this batch?". */
public enum LabelVerdict {
    /** The proof leads to the batch's Merkle root and the serial was not voided. */
    ISSUED,
    /** The serial belongs to the batch but was voided: treat the label as not genuine. */
    VOIDED,
    /** The proof does not lead to the batch's root: this serial was not issued in this batch. */
    NOT_ISSUED
}
