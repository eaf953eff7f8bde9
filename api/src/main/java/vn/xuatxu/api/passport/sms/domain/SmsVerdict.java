package vn.xuatxu.api.passport.sms.domain;

/** What an SMS check concluded; the agency's log filters on it, so it is a closed set stored by name. */
public enum SmsVerdict {
    /** An issued, valid label of a lot that is not recalled, checked only a few times. */
    GENUINE,
    /** An issued label checked so often that it may have been copied. */
    CHECKED_MANY_TIMES,
    /** The producer or agency voided this label (lost, damaged, misprinted). */
    VOIDED,
    /** The label's lot has been recalled. */
    RECALLED,
    /** No issued label has this code. */
    UNKNOWN,
    /** No code could be read from the message. */
    MALFORMED,
    /** The sender sent too many checks in the rate-limit window; the code was not looked up. */
    RATE_LIMITED
}
