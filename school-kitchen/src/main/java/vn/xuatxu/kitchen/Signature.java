package vn.xuatxu.kitchen;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A person's signature on a form: "ký và ghi rõ họ tên" (sign and write the full name).
 *
 * <p>Why the id and the printed name are separate: the id links to the staff register, the name
 * is what Decision 1246 asks to be written out and what the printed form shows. Only the fact
 * of signing is kept, never a signature image (personal data, reference §4.3).
 *
 * @param signerId the staff member's id in the school's register
 * @param fullName the full name as printed on the form
 * @param signedAt when the person signed
 * @param method   how they signed
 */
public record Signature(String signerId, String fullName, LocalDateTime signedAt, SignatureMethod method) {

    public Signature {
        if (signerId == null || signerId.isBlank()) {
            throw new IllegalArgumentException("signerId is required");
        }
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("fullName is required");
        }
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(method, "method");
    }

    /** True when both signatures are by the same person. */
    public boolean sameSignerAs(Signature other) {
        return other != null && signerId.equals(other.signerId);
    }
}
