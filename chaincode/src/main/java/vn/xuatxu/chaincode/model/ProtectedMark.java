package vn.xuatxu.chaincode.model;

/**
 * A geographical indication, collective mark or certification mark a product carries.
 *
 * <p>On the ledger so that a producer cannot quietly add a GI claim to a product after the fact:
 * the claim has a transaction, a time and an owner.
 *
 * @param kind              which kind of protection
 * @param name              the protected name, NFC, e.g. {@code "Cà phê Mường Ảng"}
 * @param certificateNumber registration or right-to-use number, optional
 * @param holder            the organisation that manages the name, optional
 */
public record ProtectedMark(MarkKind kind, String name, String certificateNumber, String holder) {
}
