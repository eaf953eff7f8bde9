package vn.xuatxu.chaincode.model;

/** The kinds of protected name a Vietnamese product may carry; each implies a different holder and proof. */
public enum MarkKind {
    /** Chỉ dẫn địa lý: a name tied to an area, used under a right-to-use decision (Gạo Điện Biên). */
    GEOGRAPHICAL_INDICATION,
    /** Nhãn hiệu tập thể: owned by an association or co-operative for its members. */
    COLLECTIVE_MARK,
    /** Nhãn hiệu chứng nhận: owned by a certifier and licensed to compliant products. */
    CERTIFICATION_MARK
}
