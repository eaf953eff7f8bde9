package vn.xuatxu.kitchen;

/**
 * How a person signed a form row.
 *
 * <p>Why it is recorded: Forms 4 and 5 ask for "ký và ghi rõ họ tên"; an inspector must be able
 * to tell an on-screen confirmation from a paper signature that was transcribed.
 */
public enum SignatureMethod {
    /** Signed on paper; the system records that it was signed and by whom. */
    PAPER,
    /** Confirmed on the kitchen tablet with the person's own PIN or login. */
    PERSONAL_LOGIN,
    /** Signed with a digital certificate. */
    DIGITAL_CERTIFICATE
}
