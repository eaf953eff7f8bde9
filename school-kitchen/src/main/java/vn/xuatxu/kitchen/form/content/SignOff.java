package vn.xuatxu.kitchen.form.content;

import java.util.Objects;

/**
 * One signature place at the foot of a printed form: the role, "(Ký, ghi rõ họ tên)", room to
 * sign, and the full name when it is known.
 *
 * <p>Why the name may be empty: the printed book is signed by hand ("ký và ghi rõ họ tên"); the
 * system prints the names it knows (the checker from the header, names configured in
 * {@link FormSettings}) and leaves the others to be written.
 *
 * @param role     who signs
 * @param fullName the printed name, NFC, or empty
 */
public record SignOff(SignOffRole role, String fullName) {

    public SignOff {
        Objects.requireNonNull(role, "role");
        fullName = FormText.nfc(fullName);
    }
}
